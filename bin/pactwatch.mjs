#!/usr/bin/env node
// Runs the TypeScript CLI straight from source: tsx compiles on the fly, so a checkout needs no build step.
import { register } from 'tsx/esm/api';

register();
// Before any pattern runs: see src/runner/regexp-tier.ts.
(await import('../src/runner/regexp-tier.ts')).compilePatternsNatively();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
