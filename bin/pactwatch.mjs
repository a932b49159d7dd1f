#!/usr/bin/env node
// Runs the TypeScript CLI straight from source: tsx compiles on the fly, so a checkout needs no build step.
import { spawn } from 'node:child_process';

/**
 * The server recomputes its dossier on every upload: ~240 MB of objects that live for one update at 10,000
 * reports. With V8's default 16 MB semi-spaces most of them outlive a few scavenges and fill the old generation,
 * whose collection then slows every tenth upload by ~600 ms; with 64 MB they die young. A heap flag only takes
 * effect when node starts, so the server commands start node again with it.
 */
const SERVER_FLAGS = ['--max-semi-space-size=64'];
const serving = ['serve', 'start'].includes(process.argv[2]);

if (serving && !process.execArgv.some((arg) => arg.startsWith('--max-semi-space-size'))) {
  const server = spawn(process.execPath, [...process.execArgv, ...SERVER_FLAGS, ...process.argv.slice(1)], { stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
  server.on('exit', (code, signal) => (process.exitCode = code ?? (signal ? 1 : 0)));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  const { main } = await import('../src/cli/main.ts');
  process.exitCode = await main(process.argv.slice(2));
}
