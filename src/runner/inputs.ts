// The input files of a run: walks the paths given (on the command line, or a watched folder) and reads each file,
// refusing one over the size limit before reading it. The only part of ingest that touches the file system.
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { sizeLimitMessage } from '../ingest/index.ts';
import type { Warning } from '../types.ts';

/** Never descended into: version-control and tool folders (dotfiles) and installed packages. */
const SKIPPED_DIRECTORY = 'node_modules';

/** Extensions skipped inside folders: the assets a browser saves beside a page ("page_files/") and media.
 *  Any other file is read, an unknown extension by sniffing its bytes. A file named explicitly is always read. */
const ASSET_EXTENSIONS = new Set([
  '.css',
  '.js',
  '.mjs',
  '.map',
  '.woff',
  '.woff2',
  '.ttf',
  '.otf',
  '.eot',
  '.png',
  '.jpg',
  '.jpeg',
  '.gif',
  '.webp',
  '.avif',
  '.svg',
  '.ico',
  '.bmp',
  '.tif',
  '.tiff',
  '.mp3',
  '.mp4',
  '.m4a',
  '.webm',
  '.wav',
  '.ogg',
  '.avi',
  '.mov',
]);

const reason = (error: unknown) => {
  const e = error as NodeJS.ErrnoException;
  return e.code === 'ENOENT' ? 'no such file or directory' : e.code === 'EACCES' ? 'permission denied' : e.message;
};

/** A path's stat, or null after an error warning naming it: the run carries on without it. */
async function statOrWarn(path: string, warnings: Warning[]) {
  try {
    return await stat(path);
  } catch (error) {
    warnings.push({ level: 'error', file: path, message: reason(error) });
    return null;
  }
}

/** All files under the given paths, in the order given, each folder walked recursively in sorted order
 *  (code-point order, the same on every machine). A path listed twice, or reached twice through a symlink,
 *  appears once. */
export async function listInputFiles(paths: string[]): Promise<{ files: string[]; warnings: Warning[] }> {
  const files: string[] = [];
  const warnings: Warning[] = [];
  const seen = new Set<string>();

  const add = async (file: string) => {
    const real = await realpath(file);
    if (!seen.has(real)) {
      seen.add(real);
      files.push(file);
    }
  };

  const walk = async (dir: string, skipped: Map<string, number>) => {
    const real = await realpath(dir);
    if (seen.has(real)) return;
    seen.add(real);
    let names: string[];
    try {
      names = (await readdir(dir)).sort();
    } catch (error) {
      warnings.push({ level: 'error', file: dir, message: `cannot read folder: ${reason(error)}` });
      return;
    }
    for (const name of names) {
      if (name.startsWith('.') || name === SKIPPED_DIRECTORY) continue;
      const path = join(dir, name);
      const info = await statOrWarn(path, warnings);
      if (!info) continue;
      const ext = extname(name).toLowerCase();
      if (info.isDirectory()) await walk(path, skipped);
      else if (!info.isFile()) continue;
      else if (ASSET_EXTENSIONS.has(ext)) skipped.set(ext, (skipped.get(ext) ?? 0) + 1);
      else await add(path);
    }
  };

  for (const path of paths) {
    const info = await statOrWarn(path, warnings);
    if (!info) continue;
    if (!info.isDirectory()) {
      await add(path);
      continue;
    }
    const skipped = new Map<string, number>();
    await walk(path, skipped);
    if (skipped.size) {
      const counts = [...skipped].map(([ext, n]) => `${n} ${ext}`).join(', ');
      warnings.push({ level: 'warning', file: path, message: `skipped page assets and media: ${counts}` });
    }
  }
  return { files, warnings };
}

/** A file's bytes, or an error warning when it is over the size limit (checked with stat before reading,
 *  so a huge file is never loaded) or cannot be read. */
export async function readInputFile(file: string, maxBytes: number): Promise<{ bytes?: Uint8Array; warning?: Warning }> {
  try {
    const info = await stat(file);
    if (!info.isFile()) return { warning: { level: 'error', file, message: 'not a regular file' } };
    if (info.size > maxBytes) return { warning: { level: 'error', file, message: sizeLimitMessage(info.size, maxBytes) } };
    return { bytes: await readFile(file) };
  } catch (error) {
    return { warning: { level: 'error', file, message: `cannot read: ${reason(error)}` } };
  }
}
