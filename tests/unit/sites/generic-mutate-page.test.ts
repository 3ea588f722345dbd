import { describe, expect, it } from 'vitest';
import { mutatePage } from '@/scripts/lib/browser/mutate-page';

describe('mutatePage (the mutation suite’s mutator)', () => {
  it('renames every class and id consistently, rewrites the stylesheet, adds wrappers, renames late content', async () => {
    document.head.innerHTML = '<style>.row.mine{margin-left:auto} #thread .row{color:red}</style>';
    document.body.innerHTML = `<div id="thread">${'<div class="row"><p class="text">hi</p></div><div class="row mine"><p class="text">ok</p></div>'.repeat(10)}</div><label for="reply">Reply</label><textarea id="reply"></textarea>`;
    const stats = mutatePage(document, 7, { wrapChance: 0.3 });
    expect(stats.classes).toBeGreaterThanOrEqual(40);
    expect(stats.wrappers).toBeGreaterThan(0);
    expect(document.querySelector('.row, .mine, .text, #thread, #reply')).toBeNull();
    // The same class gets the same new name everywhere.
    expect(new Set([...document.querySelectorAll('p')].map((p) => p.className)).size).toBe(1);
    const rule = (document.styleSheets[0].cssRules[0] as CSSStyleRule).selectorText;
    expect(rule).not.toContain('row');
    expect(document.querySelector(rule)).not.toBeNull();
    const textarea = document.querySelector('textarea')!;
    expect(document.querySelector('label')!.getAttribute('for')).toBe(textarea.id);

    document.body.insertAdjacentHTML('beforeend', '<div class="row late">new</div>');
    await new Promise((r) => setTimeout(r, 0));
    expect(document.querySelector('.row, .late')).toBeNull();
  });

  it('gives the same page for the same seed', () => {
    const run = () => {
      document.head.innerHTML = '';
      document.body.innerHTML = '<div class="a"><span class="b">x</span><span class="c">y</span></div>';
      mutatePage(document, 42);
      return document.body.innerHTML;
    };
    expect(run()).toBe(run());
  });
});
