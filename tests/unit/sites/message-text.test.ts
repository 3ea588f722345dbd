import { describe, expect, it } from 'vitest';
import { messageText } from '@/utils/sites/query';

function el(html: string): HTMLElement {
  const div = document.createElement('div');
  div.innerHTML = html;
  return div;
}

describe('messageText (read without forcing a layout)', () => {
  it.each([
    ['plain text, spaces folded', 'Hello   there,\t friend', 'Hello there, friend'],
    ['<br> breaks the line', 'Line one<br>Line two', 'Line one\nLine two'],
    ['blocks break lines once, however deeply nested', '<div><div>Hi</div><div><p>Where is my order?</p></div></div>', 'Hi\nWhere is my order?'],
    ['inline markup joins', 'I want a <b>refund</b> <span>now</span>', 'I want a refund now'],
    ['line breaks typed in a pre-wrap bubble are kept', 'First line\nSecond line', 'First line\nSecond line'],
    ['formatting whitespace between blocks is dropped', '\n  <div>A</div>\n  <div>B</div>\n', 'A\nB'],
    ['scripts, styles, templates and hidden parts are not read', 'Visible<script>var x = 1</script><style>.a{}</style><template>t</template><span hidden>secret</span>', 'Visible'],
    ['more than one blank line shrinks to one', 'A<br><br><br><br>B', 'A\n\nB'],
    ['non-breaking spaces fold', 'a\u00a0\u00a0b', 'a b'],
  ])('%s', (_, html, expected) => {
    expect(messageText(el(html))).toBe(expected);
  });

  it('is empty for nothing', () => {
    expect(messageText(null)).toBe('');
    expect(messageText(el(''))).toBe('');
  });
});
