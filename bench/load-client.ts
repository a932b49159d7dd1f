// A bounded HTTP/1.1 load generator for the server bench, run as its own process: N keep-alive connections,
// one GET in flight on each, until `amount` responses. It reads just enough of each response to know where it
// ends (status line, Content-Length), so one core drives 30,000–40,000 compressed GETs/s here, and times each
// GET on the monotonic clock from its write to its last byte. It exists because wrk's latencies on this 2-core machine
// are sometimes impossible (see `bound` in ./server.ts) and autocannon spends more CPU per GET than the server.
// Usage: node --import tsx bench/load-client.ts URL CONNECTIONS AMOUNT [ACCEPT_ENCODING]; prints one JSON line.
import net from 'node:net';

export interface LoadResult {
  requests: number;
  /** Milliseconds from the first connection to the last response. */
  duration: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  non200: number;
  errors: number;
}

const HEADER_END = Buffer.from('\r\n\r\n');

export function load(url: string, connections: number, amount: number, encoding: string): Promise<LoadResult> {
  const { hostname, port, pathname, search } = new URL(url);
  const request = Buffer.from(`GET ${pathname}${search} HTTP/1.1\r\nHost: ${hostname}:${port}\r\n${encoding ? `Accept-Encoding: ${encoding}\r\n` : ''}\r\n`);
  const latencies = new Float64Array(amount);
  let sent = 0;
  let done = 0;
  let non200 = 0;
  let errors = 0;
  let open = connections;
  const started = performance.now();
  return new Promise((resolve) => {
    const finish = () => {
      const duration = performance.now() - started;
      const sorted = latencies.slice(0, done).sort();
      const at = (p: number) => sorted[Math.min(done - 1, Math.floor((p / 100) * done))] ?? 0;
      resolve({ requests: done, duration, p50: at(50), p95: at(95), p99: at(99), mean: sorted.reduce((a, b) => a + b, 0) / Math.max(1, done), non200, errors });
    };
    for (let i = 0; i < connections; i++) {
      const socket = net.connect(Number(port), hostname);
      socket.setNoDelay(true);
      let t0 = 0;
      let head: Buffer | null = null;
      let remaining = -1;
      const send = () => {
        if (sent >= amount) return void socket.end();
        sent++;
        t0 = performance.now();
        socket.write(request);
      };
      socket.on('connect', send);
      socket.on('data', (chunk: Buffer) => {
        if (remaining < 0) {
          head = head ? Buffer.concat([head, chunk]) : chunk;
          const end = head.indexOf(HEADER_END);
          if (end < 0) return;
          const text = head.subarray(0, end).toString('latin1');
          if (!text.startsWith('HTTP/1.1 200')) non200++;
          const length = /\r\ncontent-length:\s*(\d+)/i.exec(text);
          remaining = (length ? Number(length[1]) : 0) - (head.length - end - HEADER_END.length);
          head = null;
        } else remaining -= chunk.length;
        if (remaining > 0) return;
        latencies[done++] = performance.now() - t0;
        remaining = -1;
        send();
      });
      socket.on('error', () => errors++);
      socket.on('close', () => --open === 0 && finish());
    }
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [url, connections, amount, encoding = ''] = process.argv.slice(2);
  console.log(JSON.stringify(await load(url, Number(connections), Number(amount), encoding)));
}
