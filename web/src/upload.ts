// Uploading reports: a drop zone (the whole window accepts drops) and a file picker; files go one by one so
// each shows its own progress bar, then what the server made of it; the dossier reloads when all are done.

import { plural } from '../../src/export/view.ts';
import type { Warning } from '../../src/types.ts';
import { ApiError, token, type UploadResult, uploadFile } from './api.ts';
import { fill, h } from './dom.ts';

/** What the picker offers; the server decides by content too, so this only filters the dialog. */
const ACCEPT = '.txt,.text,.md,.markdown,.html,.htm,.xhtml,.pdf,.json,.jsonl,.ndjson,text/*,application/pdf,application/json';

interface Row {
  file: File;
  bar: HTMLProgressElement;
  state: HTMLElement;
  item: HTMLElement;
}

function size(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** `onDone` gets the sha256 of every report the batch added. */
export function mountUpload(root: HTMLElement, onDone: (added: string[]) => Promise<void>): { open(): void } {
  const input = h('input', { class: 'visually-hidden', attrs: { id: 'file-input', type: 'file', multiple: true, accept: ACCEPT } });
  const zone = h(
    'div',
    { class: 'dropzone', attrs: { 'data-testid': 'dropzone' } },
    h('p', 'drop-title', 'Drop news reports about an agreement here'),
    h('p', 'drop-sub', 'or ', h('label', { class: 'button', attrs: { for: 'file-input' } }, 'choose files'), input),
    h('p', 'muted', 'Plain text, Markdown, HTML, PDF or JSON, in any language. Pactwatch reads them on this machine.'),
  );
  const tokenInput = h('input', { attrs: { type: 'password', autocomplete: 'off', 'aria-label': 'Access token' } });
  const tokenForm = h(
    'form',
    { class: 'token-form', attrs: { hidden: true } },
    h('p', null, 'This server only accepts uploads with its access token (PACTWATCH_TOKEN).'),
    tokenInput,
    h('button', { class: 'button', attrs: { type: 'submit' } }, 'Upload with this token'),
  );
  const list = h('ol', { class: 'upload-list', attrs: { 'aria-live': 'polite' } });
  const result = h('div', { class: 'upload-result', attrs: { 'aria-live': 'polite' } });
  const close = h(
    'button',
    { class: 'close', attrs: { type: 'button', 'aria-label': 'Close the upload panel' }, on: { click: () => root.classList.add('collapsed') } },
    '×',
  );
  fill(root, h('div', 'upload-head', h('h2', null, 'Add reports'), close), zone, tokenForm, result, list);

  const queue: Row[] = [];
  let busy = false;
  const batch = { added: [] as string[], duplicates: 0, warnings: [] as Warning[], failed: 0 };

  const enqueue = (files: FileList | File[]) => {
    if (!files.length) return;
    root.classList.remove('collapsed');
    if (!busy) {
      root.classList.remove('done');
      list.replaceChildren();
      result.replaceChildren();
      Object.assign(batch, { added: [], duplicates: 0, warnings: [], failed: 0 });
    }
    for (const file of files) {
      const bar = h('progress', { attrs: { max: 1, value: 0 } });
      const state = h('span', 'state', 'waiting');
      const item = h('li', 'upload-item', h('span', 'name', file.name), h('span', 'size', size(file.size)), bar, state);
      list.append(item);
      queue.push({ file, bar, state, item });
    }
    void drain();
  };

  const settle = (row: Row, r: UploadResult) => {
    row.bar.value = 1;
    batch.added.push(...r.added.map((a) => a.sha256));
    batch.duplicates += r.duplicates.length;
    batch.warnings.push(...r.warnings);
    const errors = r.warnings.filter((w) => w.level === 'error');
    const text = r.added.length
      ? `added${r.added.length > 1 ? ` ${r.added.length} reports` : ''}${r.added[0]?.title ? `: ${r.added[0].title}` : ''}`
      : r.duplicates.length
        ? 'already in the dossier'
        : (errors[0]?.message ?? 'nothing readable in this file');
    row.state.textContent = text;
    row.item.classList.add(r.added.length ? 'ok' : r.duplicates.length ? 'dup' : 'failed');
  };

  async function drain(): Promise<void> {
    if (busy) return;
    busy = true;
    while (queue.length) {
      const row = queue[0];
      row.state.textContent = 'uploading';
      try {
        const r = await uploadFile(row.file, (f) => {
          row.bar.value = f;
          row.state.textContent = f < 1 ? `uploading ${Math.round(f * 100)}%` : 'analyzing…';
        });
        settle(row, r);
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) {
          row.state.textContent = 'needs the access token';
          tokenForm.hidden = false;
          tokenInput.focus();
          busy = false;
          return;
        }
        batch.failed++;
        row.item.classList.add('failed');
        row.state.textContent = (error as Error).message;
      }
      queue.shift();
    }
    busy = false;
    root.classList.add('done');
    const parts = [
      plural(batch.added.length, 'report') + ' added',
      batch.duplicates ? plural(batch.duplicates, 'duplicate') : null,
      batch.failed ? `${batch.failed} failed` : null,
    ];
    fill(
      result,
      h('p', { class: 'summary-line', attrs: { 'data-testid': 'upload-summary' } }, parts.filter(Boolean).join(' · ')),
      batch.warnings.length
        ? h(
            'details',
            'warnings',
            h('summary', null, plural(batch.warnings.length, 'warning')),
            h(
              'ul',
              null,
              batch.warnings.map((w) => h('li', w.level, h('strong', null, w.file), `: ${w.message}`)),
            ),
          )
        : null,
    );
    await onDone(batch.added);
  }

  tokenForm.addEventListener('submit', (e) => {
    e.preventDefault();
    if (!tokenInput.value) return;
    token.set(tokenInput.value);
    tokenForm.hidden = true;
    void drain();
  });
  input.addEventListener('change', () => {
    enqueue([...(input.files ?? [])]);
    input.value = '';
  });
  // The whole window is a drop target, so a drop anywhere never navigates away to the dropped file.
  let depth = 0;
  window.addEventListener('dragenter', (e) => {
    if (!e.dataTransfer?.types.includes('Files')) return;
    depth++;
    document.body.classList.add('dragging');
    root.classList.remove('collapsed');
  });
  window.addEventListener('dragleave', () => {
    if (--depth <= 0) {
      depth = 0;
      document.body.classList.remove('dragging');
    }
  });
  window.addEventListener('dragover', (e) => e.preventDefault());
  window.addEventListener('drop', (e) => {
    e.preventDefault();
    depth = 0;
    document.body.classList.remove('dragging');
    if (e.dataTransfer?.files.length) enqueue([...e.dataTransfer.files]);
  });
  return {
    open() {
      root.classList.remove('collapsed');
      zone.scrollIntoView({ block: 'nearest' });
    },
  };
}
