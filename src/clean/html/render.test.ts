import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseHTML } from 'linkedom';
import { blocksToText, renderBlocks } from './render.ts';

const body = (html: string) => (parseHTML(`<html><body>${html}</body></html>`).document as unknown as Document).body;

test('renderBlocks: one block per paragraph, heading and item, with the page region it sits in', () => {
  const blocks = renderBlocks(
    body(
      '<div id="cookie-banner">We use cookies. <button>Accept</button></div><nav><ul><li>News</li></ul></nav><h1>Title</h1><p>One <b>bold</b>\n word.</p><aside><h2>Most read</h2></aside>',
    ),
  );
  assert.deepEqual(
    blocks.map((b) => [b.text, b.tag, b.chrome?.why ?? null]),
    [
      ['We use cookies.', 'div', 'cookie'],
      ['News', 'li', 'navigation'],
      ['Title', 'h1', null],
      ['One bold word.', 'p', null],
      ['Most read', 'h2', 'related'],
    ],
  );
});

test('blocksToText: blank lines between paragraphs, list items one per line with a dash', () => {
  const text = blocksToText(renderBlocks(body('<h1>Title</h1><p>Here are the points:</p><ul><li>First</li><li>Second</li></ul><p>End.<br>New line.</p>')));
  assert.equal(text, 'Title\n\nHere are the points:\n\n- First\n- Second\n\nEnd.\n\nNew line.');
});
