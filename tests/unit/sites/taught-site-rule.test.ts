import { describe, expect, it } from 'vitest';
import { taughtSiteRulePack } from '@/utils/sites/taught/taught-site-rule';
import { validatePack } from '@/knowledge/validate';

describe('taught site rule export', () => {
  it('is a pack the validator accepts, naming the host and the taught selectors', () => {
    const { fileName, text } = taughtSiteRulePack(
      { host: 'sellercentral.amazon.fr', message: ['main blockquote.b3'], replyBox: ['section.w2 > [contenteditable]'], savedAt: 1 },
      'amazon',
      new Date('2026-12-02T10:00:00Z'),
    );
    expect(fileName).toBe('tact-site-rule-sellercentral-amazon-fr.json');
    const pack = validatePack(JSON.parse(text), fileName);
    expect(pack.sites).toHaveLength(1);
    expect(pack.sites![0]).toMatchObject({
      id: 'taught.sellercentral-amazon-fr',
      hosts: ['sellercentral.amazon.fr'],
      messages: { row: 'main blockquote.b3' },
      replyBox: 'section.w2 > [contenteditable]',
    });
  });

  it('keeps only the last hop of a path through shadow roots (the rule interpreter searches them itself)', () => {
    const { text } = taughtSiteRulePack({ host: 'chat.shop.example', message: ['chat-app', '.bubble.in'], savedAt: 1 }, 'other');
    expect(JSON.parse(text).sites[0].messages.row).toBe('.bubble.in');
  });
});
