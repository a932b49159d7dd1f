// The tiny query interface both drivers (embedded PGlite, node-postgres) offer the store.
// Everything above it is plain SQL that runs unchanged on either.

export type Row = Record<string, unknown>;

export interface Queryable {
  /** One statement with $1… parameters; returns its rows. */
  query<T = Row>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Several statements, no parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export interface Db extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  readonly location: string;
  /** Transactions worth running at once: 1 for PGlite (one connection, one thread), more for a server. */
  readonly writers: number;
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
