// Writing a rendered dossier to a file or stdout in pieces, so a large one is never one string in memory.
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** Pieces gathered to about this many characters per write: few syscalls, and memory stays flat. */
const WRITE_SIZE = 1 << 16;

/** The pieces in writes of about WRITE_SIZE characters, ending with a line break. */
function* gathered(chunks: Iterable<string>): Generator<string> {
  let buffer = '';
  let last = '';
  for (const chunk of chunks) {
    buffer += chunk;
    if (buffer.length >= WRITE_SIZE) {
      last = buffer;
      yield buffer;
      buffer = '';
    }
  }
  if (!(buffer || last).endsWith('\n')) buffer += '\n';
  if (buffer) yield buffer;
}

/** Writes the rendering with backpressure; stdout is left open for whatever the process prints next. */
export async function writeChunks(chunks: Iterable<string>, out: Writable, end = true): Promise<void> {
  await pipeline(Readable.from(gathered(chunks)), out, { end });
}
