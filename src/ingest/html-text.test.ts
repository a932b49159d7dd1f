import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hasVisibleText } from './html-text.ts';

test('visible text: found in broken markup, not in scripts, styles, titles, comments or entities', () => {
  assert.ok(hasVisibleText('<html><head><title>t</title><body><p>The treaty was signed'));
  assert.ok(hasVisibleText('<div><span>Article 5</div></span>'));
  assert.ok(
    !hasVisibleText('<html><head><title>Headline only</title><style>p{color:red}</style></head><body><div>&nbsp;&#160;</div><!-- ad --></body></html>'),
  );
  assert.ok(!hasVisibleText('<body><script>document.write("<p>text</p>")'));
});
