// The HTTP API and web UI (hono) over collections held in memory: what the command line's `serve` starts.
export { createApp } from './app.ts';
export { Collections } from './collections.ts';
export { withHotPath } from './hot-path.ts';
export { isLoopback } from './security.ts';
