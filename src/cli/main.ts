// The `pactwatch` command line: parses arguments and hands off to one command.
import { parseArgs } from 'node:util';
import { runAnalyze } from './commands/analyze.ts';
import { runServe } from './commands/serve.ts';
import { runStart } from './commands/start.ts';
import { runWatch } from './commands/watch.ts';
import { runWorker } from './commands/worker.ts';

export const USAGE = `pactwatch: a source-cited dossier of an international agreement from the reports about it

usage:
  pactwatch analyze DIR_OR_FILES... [--format FORMAT] [--out FILE]
                    [--db PATH_OR_URL | --no-store] [--collection NAME] [--max-bytes N] [--quiet]
                    [--outlets FILE] [--publisher-url URL]
  pactwatch serve   [--db PATH_OR_URL] [--port 8080] [--host 127.0.0.1] [--outlets FILE]
  pactwatch start   [--db PATH_OR_URL] [--port 8080] [--host 127.0.0.1] [--outlets FILE]
                    analyze examples/ into the store, serve the web UI and print its address
  pactwatch watch   [SOURCE...] [--once] [--config FILE [--save-config]] [--interval SECONDS]
                    [--allow-private-network] [--db PATH_OR_URL] [--collection NAME] [--max-bytes N] [--quiet]
                    follow feeds (RSS, Atom, RDF, JSON Feed), news sitemaps and folders; store each new
                    report in the collection of the agreement it is about (see README "Watch feeds");
                    --once: poll each source once and exit (1 when a source could not be read at all);
                    --config: the agreements followed and sources (JSON; without it, the config kept
                    in the store, PUT /api/watch/config); --save-config: keep the file's config in the
                    store (for the API, the web UI and later runs); --interval: seconds between
                    polls (default 300); --collection: where reports about no followed agreement go
                    (default "unsorted"); --allow-private-network: fetch from loopback and private addresses
  pactwatch worker  --db postgres://… [--concurrency N] [--webhook URL] [--webhook-secret SECRET]
                    [--allow-private-network] [--quiet]
                    process the job queue (fetch, prepare, dossier-update, webhook) on PostgreSQL; start
                    any number on any number of machines (see README "One process or many")

options:
  --format      json (default), md, html, claimreview (schema.org JSON-LD), atop-csv (one row per
                agreement), claims-csv (one row per claim) or ics (the lifecycle as calendar events)
  --out         output file (default: standard output)
  --db          a folder for the embedded PGlite store (default .pactwatch/db) or a postgres:// URL
                (default from PACTWATCH_DATABASE_URL)
  --no-store    analyze in memory without reading or writing a store
  --collection  the named pile the documents belong to in the store (default "default";
                "examples" for start)
  --max-bytes   refuse files larger than this many bytes (default 20971520, 20 MiB)
  --quiet       no progress on stderr
  --outlets     your outlet register (JSON, see README "Outlet register"), merged over the bundled one;
                its entries decide a listed outlet's source type (default from PACTWATCH_OUTLETS);
                for serve and start, it wins over the register PUT /api/outlets kept in the store
  --publisher-url  the page your ClaimReview markup is published on: each review's url
                (default from PACTWATCH_PUBLISHER_URL)

exit status: 0 all files analyzed, 1 some file failed (see warnings), 2 usage error`;

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    const { values, positionals } = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'json' },
        out: { type: 'string' },
        db: { type: 'string' },
        'no-store': { type: 'boolean', default: false },
        collection: { type: 'string' },
        'max-bytes': { type: 'string' },
        quiet: { type: 'boolean', short: 'q', default: false },
        outlets: { type: 'string' },
        'publisher-url': { type: 'string' },
        port: { type: 'string', default: '8080' },
        host: { type: 'string', default: '127.0.0.1' },
        help: { type: 'boolean', short: 'h', default: false },
        once: { type: 'boolean', default: false },
        config: { type: 'string' },
        'save-config': { type: 'boolean', default: false },
        interval: { type: 'string' },
        'allow-private-network': { type: 'boolean', default: false },
        concurrency: { type: 'string' },
        webhook: { type: 'string' },
        'webhook-secret': { type: 'string' },
      },
    });
    if (values.help || !command || command === 'help' || command === '--help' || command === '-h') {
      console.log(USAGE);
      return command ? 0 : 2;
    }
    switch (command) {
      case 'analyze':
        return await runAnalyze(positionals, values);
      case 'serve':
        return await runServe(values);
      case 'start':
        return await runStart(values);
      case 'watch':
        return await runWatch(positionals, values);
      case 'worker':
        return await runWorker(values);
      default:
        console.error(`pactwatch: unknown command «${command}»\n\n${USAGE}`);
        return 2;
    }
  } catch (error) {
    if ((error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      console.error(`pactwatch: ${(error as Error).message}\n\n${USAGE}`);
      return 2;
    }
    // What went wrong in one line; where in the code, for a bug report, with PACTWATCH_DEBUG=1.
    console.error(`pactwatch: ${process.env.PACTWATCH_DEBUG ? ((error as Error).stack ?? error) : ((error as Error).message ?? error)}`);
    return 1;
  }
}
