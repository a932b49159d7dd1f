// Every failure of the API has one shape: `{ "error": { "status", "message" } }` with that HTTP status.
import { HTTPException } from 'hono/http-exception';

export type ErrorStatus = 400 | 401 | 404 | 405 | 413 | 415 | 422 | 500;

export function fail(status: ErrorStatus, message: string): never {
  throw new HTTPException(status, { message });
}
