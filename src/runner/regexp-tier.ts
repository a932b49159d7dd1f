// V8 runs a new regex in its bytecode interpreter and compiles it to native code only once it has run ("tier-up").
// Reading matches thousands of patterns against sentences sliced from two-byte bodies as well as against short
// one-byte strings, and on the bench corpus many patterns stayed interpreted: reading ran at 0.7 MB/s of CPU time
// instead of 1.0 (bench/read). Compiling each pattern natively at its first use costs once per process. V8's flags
// are process-wide, so the worker threads started later read with native patterns too; call this before any
// pattern runs.
import { setFlagsFromString } from 'node:v8';

export function compilePatternsNatively(): void {
  setFlagsFromString('--no-regexp-tier-up');
}
