// `pactwatch worker --db postgres://…`: processes the job queue (src/queue) until stopped. A stub until the
// queue lands: the command's place in the CLI, so the usage and switch are settled early.
export interface WorkerFlags {
  db?: string;
  concurrency?: string;
  webhook?: string;
  'webhook-secret'?: string;
  quiet?: boolean;
}

export async function runWorker(_flags: WorkerFlags): Promise<number> {
  console.error('pactwatch worker: not available yet');
  return 1;
}
