#!/usr/bin/env -S node --no-regexp-tier-up
// Runs the TypeScript CLI straight from source: tsx compiles on the fly, so a checkout needs no build step.
//
// --no-regexp-tier-up (here and in package.json's scripts): V8 runs a new pattern in its bytecode interpreter until
// it "tiers up" to native code, and many of the reader's patterns stayed interpreted; native code from the first
// use reads about 12% faster (bench corpus, CPU time). It must be given at startup: set from inside the process
// once patterns have run, it crashed V8 under the CPU profiler. Worker threads inherit it.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
