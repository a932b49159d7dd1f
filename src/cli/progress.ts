// Progress on stderr: a bar on a terminal, a plain line every 10% (and at the end) otherwise; nothing with --quiet.
import cliProgress from 'cli-progress';

export interface Progress {
  tick(label?: string): void;
  stop(): void;
}

const PLAIN_STEPS = 10;

export function createProgress(total: number, options: { quiet: boolean; label: string; stream?: NodeJS.WriteStream }): Progress {
  const stream = options.stream ?? process.stderr;
  if (options.quiet || total === 0) return { tick() {}, stop() {} };
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      { stream, format: `${options.label} [{bar}] {value}/{total} {percentage}% | {eta_formatted} left | {file}`, hideCursor: true, clearOnComplete: false },
      cliProgress.Presets.shades_classic,
    );
    bar.start(total, 0, { file: '' });
    return { tick: (file = '') => bar.increment(1, { file }), stop: () => bar.stop() };
  }
  let done = 0;
  let lastStep = 0;
  const started = Date.now();
  return {
    tick() {
      done++;
      const step = Math.floor((done * PLAIN_STEPS) / total);
      if (step > lastStep || done === total) {
        lastStep = step;
        const secs = ((Date.now() - started) / 1000).toFixed(1);
        stream.write(`${options.label}: ${done}/${total} (${Math.round((100 * done) / total)}%) in ${secs}s\n`);
      }
    },
    stop() {},
  };
}
