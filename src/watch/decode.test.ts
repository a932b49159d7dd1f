import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeFeed } from './decode.ts';

test('a feed is decoded by its Content-Type charset, else its XML declaration, else as UTF-8', () => {
  const cp1251 = Buffer.concat([
    Buffer.from('<?xml version="1.0" encoding="windows-1251"?><rss><title>'),
    Buffer.from([0xc4, 0xee, 0xe3]),
    Buffer.from('</title></rss>'),
  ]);
  assert.match(decodeFeed(cp1251, 'application/rss+xml'), /<title>Дог<\/title>/);
  const latin1 = Buffer.from('<rss><title>Traité</title></rss>', 'latin1');
  assert.match(decodeFeed(latin1, 'application/xml; charset=ISO-8859-1'), /Traité/);
  assert.match(decodeFeed(Buffer.from('{"title":"Vertrag über die Straße"}'), 'application/feed+json'), /über die Straße/);
  assert.match(decodeFeed(Buffer.from('<rss><title>ok</title></rss>'), 'text/xml; charset=no-such-charset'), /ok/);
});
