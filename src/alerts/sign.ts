// Webhook signatures: HMAC-SHA256 of the exact body with the shared secret, sent as
// `X-Pactwatch-Signature: sha256=<hex>` (the form GitHub's webhooks use), so a receiver can check that a POST
// came from whoever holds the secret and was not altered.
import { createHmac, timingSafeEqual } from 'node:crypto';

export const SIGNATURE_HEADER = 'X-Pactwatch-Signature';

export function signBody(body: string | Uint8Array, secret: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

/** Whether `header` is the signature of `body` under `secret`, compared in constant time. */
export function verifySignature(body: string | Uint8Array, secret: string, header: string | null | undefined): boolean {
  if (!header) return false;
  const expected = Buffer.from(signBody(body, secret));
  const given = Buffer.from(header.trim());
  return given.length === expected.length && timingSafeEqual(given, expected);
}
