// The user's outlet register through the API (issue 14): GET gives it, where it came from, and the register in
// force (merged over the bundled one); PUT replaces it after the checks `--outlets FILE` gets (registerProblems),
// keeps it in the store, and the dossiers served are typed under it from then on. Write routes' token rule
// applies (app.ts).
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { type OutletRegister, registerProblems } from '../../meta/index.ts';
import type { Collections } from '../collections.ts';
import type { AppEnv } from '../env.ts';
import { fail } from '../errors.ts';

/** Largest register accepted: tens of thousands of outlets fit. */
export const MAX_REGISTER_BYTES = 4 * 1024 * 1024;

export function outletRoutes(collections: Collections): Hono<AppEnv> {
  const api = new Hono<AppEnv>();
  api.get('/outlets', async (c) => c.json((await collections.outlets()).json()));
  api.put('/outlets', bodyLimit({ maxSize: MAX_REGISTER_BYTES, onError: () => fail(413, `register larger than ${MAX_REGISTER_BYTES} bytes`) }), async (c) => {
    if (!(c.req.header('Content-Type') ?? '').toLowerCase().startsWith('application/json')) fail(415, 'send the register as application/json');
    const body = await c.req.json().catch(() => fail(400, 'malformed JSON body'));
    const problems = registerProblems(body);
    if (problems.length) fail(400, `outlet register: ${problems.join('; ')}`);
    return c.json((await collections.replaceOutlets(body as OutletRegister)).json());
  });
  return api;
}
