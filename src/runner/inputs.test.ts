import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { listInputFiles, readInputFile } from './inputs.ts';

function pile(): string {
  const root = mkdtempSync(join(tmpdir(), 'pactwatch-inputs-'));
  const files: Record<string, string> = {
    'b.txt': 'b',
    'a.html': '<p>a</p>',
    'Z.md': '# z',
    'sub/c.jsonl': '{"text":"c"}',
    'sub/deeper/d.pdf': '%PDF-1.4',
    'sub/download': 'no extension',
    'page_files/style.css': 'p{}',
    'page_files/photo.jpg': 'x',
    '.hidden.txt': 'skip',
    '.git/HEAD': 'skip',
    'node_modules/pkg/readme.txt': 'skip',
  };
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(root, name, '..'), { recursive: true });
    writeFileSync(join(root, name), text);
  }
  symlinkSync(join(root, 'sub'), join(root, 'sub-link'));
  return root;
}

test('listInputFiles: recursive, sorted, skips dotfiles, node_modules, page assets and repeats', async () => {
  const root = pile();
  const { files, warnings } = await listInputFiles([root, join(root, 'b.txt')]);
  assert.deepEqual(
    files.map((f) => f.slice(root.length + 1)),
    ['Z.md', 'a.html', 'b.txt', 'sub/c.jsonl', 'sub/deeper/d.pdf', 'sub/download'],
  );
  assert.deepEqual(warnings, [{ level: 'warning', file: root, message: 'skipped page assets and media: 1 .jpg, 1 .css' }]);
});

test('listInputFiles: a missing path is an error, the others carry on; a named file is always read', async () => {
  const root = pile();
  const { files, warnings } = await listInputFiles([join(root, 'nope'), join(root, '.hidden.txt')]);
  assert.deepEqual(files, [join(root, '.hidden.txt')]);
  assert.deepEqual(warnings, [{ level: 'error', file: join(root, 'nope'), message: 'no such file or directory' }]);
});

test('readInputFile: bytes, or an error naming the limit before reading', async () => {
  const root = pile();
  const ok = await readInputFile(join(root, 'b.txt'), 1024);
  assert.deepEqual([...ok.bytes!], [0x62]);
  assert.equal(ok.warning, undefined);
  const big = join(root, 'big.txt');
  writeFileSync(big, 'x'.repeat(3000));
  assert.deepEqual(await readInputFile(big, 1000), {
    warning: { level: 'error', file: big, message: 'over the size limit: 3000 bytes > 1000 bytes (change it with --max-bytes)' },
  });
  const missing = await readInputFile(join(root, 'gone.txt'), 1000);
  assert.match(missing.warning!.message, /^cannot read: no such file or directory$/);
  assert.equal((await readInputFile(join(root, 'sub'), 1000)).warning!.message, 'not a regular file');
});
