#!/usr/bin/env node
// Runs the TypeScript CLI straight from source: tsx compiles on the fly, so a checkout needs no build step.
import { setFlagsFromString } from 'node:v8';

// V8 runs a new pattern in its bytecode interpreter until it "tiers up" to native code, and many of the reader's
// patterns stayed interpreted (sentences sliced from two-byte bodies beside one-byte strings): reading took 40%
// more CPU on the bench corpus. Native code from the first use costs once per process. V8's flags are
// process-wide (the worker threads inherit it), and this one must be set before any pattern has run: a flag
// changed after that crashed V8 under the CPU profiler, so this comes before tsx or any module loads.
setFlagsFromString('--no-regexp-tier-up');
const { register } = await import('tsx/esm/api');
register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
