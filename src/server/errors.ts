// Every failure of the API has one shape: `{ "error": { "status", "message" } }` with that HTTP status.
import { HTTPException } from 'hono/http-exception';

export type ErrorStatus = 400 | 401 | 404 | 405 | 413 | 415 | 422 | 500 | 503;

export function fail(status: ErrorStatus, message: string): never {
  throw new HTTPException(status, { message });
}

/** Error codes of a database that cannot be reached or went away: the network's, and PostgreSQL's classes 08
 *  (connection exception) and 57P (operator intervention: shutdown, crash, cannot connect now). */
const UNREACHABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE', 'EAI_AGAIN']);
const UNREACHABLE_SQLSTATE = /^(?:08\d{3}|57P0[1-4])$/;
const UNREACHABLE_MESSAGE =
  /Connection terminated|connection (?:is )?closed|Client has encountered a connection error|timeout exceeded when trying to connect|Client was closed/i;

/** Whether an error says the store cannot be reached (answered 503, not 500): PostgreSQL down or restarting. */
export function storeUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 3) return false;
  const e = error as { code?: unknown; message?: unknown; cause?: unknown; errors?: unknown };
  if (typeof e.code === 'string' && (UNREACHABLE_CODES.has(e.code) || UNREACHABLE_SQLSTATE.test(e.code))) return true;
  if (typeof e.message === 'string' && UNREACHABLE_MESSAGE.test(e.message)) return true;
  if (Array.isArray(e.errors) && e.errors.some((x) => storeUnavailable(x, depth + 1))) return true;
  return storeUnavailable(e.cause, depth + 1);
}
