import type { Suggestions } from '@/utils/messaging/protocol';

export const sampleSuggestions: Suggestions = {
  detection: {
    language: 'de',
    languageConfidence: 0.98,
    intent: 'damaged_item', labels: ['damaged_item'], polarity: 'negative', anger: 0.2, urgency: 0, angry: false, urgent: false, toneReasons: [],
    intents: [{ id: 'damaged_item', score: 0.9 }],
    sentiment: 'frustrated',
    risk: false,
    country: 'DE',
    countries: [{ code: 'DE', score: 0.9, reasons: ['marketplace amazon.de'] }],
  },
  country: null,
  packOf: { 'tip.de.formal': 'tact-core', 'playbook.damaged_item.amazon': 'tact-core', 'tpl.damaged_item.amazon.photos': 'tact-core' },
  cultureTips: [
    { id: 'tip.de.formal', kind: 'culture_tip', countries: ['DE'], title: { en: 'Write formally', zh: '正式书写' }, body: { en: 'Use Sie.', zh: '用"您"。' } },
  ],
  playbooks: [
    {
      id: 'playbook.damaged_item.amazon', kind: 'playbook', intents: ['damaged_item'], topic: 'intent', marketplace: 'amazon',
      title: { en: 'Damaged item', zh: '商品损坏' }, situation: { en: 's', zh: 's' }, checkFirst: [], evidence: [],
      steps: [{ en: 'Ask for photos', zh: '请买家拍照' }, { en: 'Offer replacement or refund', zh: '提供换货或退款' }],
      deadlines: [{ label: { en: 'Reply within 24 h', zh: '24小时内回复' }, hours: 24, from: 'buyer_message' }],
      escalation: [], neverSay: [{ en: 'It was fine when it left', zh: '出库时是好的' }],
    },
  ],
  templates: [
    {
      packId: 'tact-core',
      template: { id: 'tpl.damaged_item.amazon.photos', kind: 'template', intent: 'damaged_item', marketplace: 'amazon', tone: 'formal', title: { en: 'Ask for photos', zh: '请买家提供照片' }, variants: [] },
      variant: { language: 'de', text: 'Guten Tag {{buyer_name}},\nBestellung {{order_id}}.\n{{agent_name}}', gloss: '您好……' },
    },
  ],
  vocabulary: [],
};
