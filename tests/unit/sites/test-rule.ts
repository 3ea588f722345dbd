/** A small site rule (rows `.msg`, seller mark `.mine`, body `.text`) for the interpreter's own tests. */
import { schemas } from '@/knowledge/schema';
import { ruleAdapter } from '@/utils/sites/rules/rule-adapter';

export const testRuleAdapter = (extra: Record<string, unknown> = {}) =>
  ruleAdapter(
    schemas().siteRule.parse({
      id: 't',
      marketplace: 'amazon',
      hosts: 'amazon-seller-central',
      url: { path: '^/messaging/' },
      root: '.view',
      messages: { row: '.msg', seller: '.mine', body: { css: '.text' } },
      fields: { orderId: { css: 'kat-link[data-order]', attr: 'label' } },
      key: [{ param: 'threadId' }],
      replyBox: ['kat-textarea', 'textarea'],
      sendButton: 'button',
      ...extra,
    }),
  );
