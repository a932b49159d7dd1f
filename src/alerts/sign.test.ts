import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { test } from 'node:test';
import { signBody, verifySignature } from './sign.ts';
import { webhookTarget } from './webhook.ts';

test('the signature is sha256=<hex HMAC-SHA256 of the exact body>, checked in constant time', () => {
  const body = '{"kind":"event","summary":"ratified"}';
  const header = signBody(body, 'k3y');
  assert.equal(header, `sha256=${createHmac('sha256', 'k3y').update(body).digest('hex')}`);
  assert.ok(verifySignature(body, 'k3y', header));
  assert.ok(verifySignature(Buffer.from(body), 'k3y', ` ${header} `));
  assert.ok(!verifySignature(`${body} `, 'k3y', header), 'another body');
  assert.ok(!verifySignature(body, 'other', header), 'another secret');
  assert.ok(!verifySignature(body, 'k3y', undefined));
  assert.ok(!verifySignature(body, 'k3y', 'sha256=00'));
});

test('the webhook target: flags before the environment; only http(s)', () => {
  assert.equal(webhookTarget(null, null), process.env.PACTWATCH_WEBHOOK_URL ? webhookTarget(process.env.PACTWATCH_WEBHOOK_URL) : null);
  assert.deepEqual(webhookTarget('https://hooks.example/a', 's'), { url: 'https://hooks.example/a', secret: 's' });
  assert.throws(() => webhookTarget('file:///etc/passwd'), /http\(s\)/);
});
