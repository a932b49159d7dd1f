// Delivering one alert to the user's webhook: a JSON POST signed with HMAC-SHA256 (./sign.ts). A failure throws,
// and the queue tries again later with backoff (src/queue/jobs.ts RETRY.webhook): delivery is at least once, so a
// receiver keeps the X-Pactwatch-Delivery ids it has seen.
import { SIGNATURE_HEADER, signBody } from './sign.ts';
import type { Alert } from './types.ts';

export interface WebhookTarget {
  url: string;
  /** Signs every POST when set. */
  secret: string | null;
}

/** How long a receiver has to answer. */
export const WEBHOOK_TIMEOUT_MS = 10_000;

/** The target from flags, else PACTWATCH_WEBHOOK_URL and PACTWATCH_WEBHOOK_SECRET; null when no URL is given. */
export function webhookTarget(url?: string | null, secret?: string | null): WebhookTarget | null {
  const target = url || process.env.PACTWATCH_WEBHOOK_URL || null;
  if (!target) return null;
  const parsed = new URL(target);
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new Error(`the webhook must be an http(s) URL, not ${parsed.protocol}`);
  return { url: parsed.href, secret: secret || process.env.PACTWATCH_WEBHOOK_SECRET || null };
}

export async function deliverAlert(alert: Alert, target: WebhookTarget, timeoutMs = WEBHOOK_TIMEOUT_MS): Promise<void> {
  const body = JSON.stringify(alert);
  const headers: Record<string, string> = {
    'Content-Type': 'application/json',
    'User-Agent': 'pactwatch-webhook',
    'X-Pactwatch-Event': `alert.${alert.kind}`,
    'X-Pactwatch-Delivery': `${alert.collection}:${alert.id ?? ''}`,
  };
  if (target.secret) headers[SIGNATURE_HEADER] = signBody(body, target.secret);
  // A redirect is not followed: the signed body goes only where the user said.
  const response = await fetch(target.url, { method: 'POST', headers, body, redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) });
  await response.body?.cancel();
  if (response.status < 200 || response.status >= 300) throw new Error(`webhook ${target.url} answered ${response.status}`);
}
