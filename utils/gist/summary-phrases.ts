/**
 * Wording for the one-line gist, in the agent's languages. Requests read as what the buyer wants;
 * problems read as what it is about ("Wants a refund for a damaged item" / "因商品损坏要求退款").
 */
import type { IntentId } from '@/knowledge/intents';
import type { Ask, Threat } from './types';

export interface Bilingual {
  en: string;
  zh: string;
}

/** Intents that are something the buyer wants done. */
export const REQUESTS: Partial<Record<IntentId, Bilingual>> = {
  refund_request: { en: 'Wants a refund', zh: '要求退款' },
  return_request: { en: 'Wants to return the item', zh: '要求退货' },
  cancel_order: { en: 'Wants to cancel the order', zh: '要求取消订单' },
  change_order: { en: 'Wants to change the order', zh: '要求修改订单' },
  invoice_request: { en: 'Asks for an invoice', zh: '索要发票' },
  price_discount: { en: 'Asks about the price or a discount', zh: '询问价格或折扣' },
  shipping_status: { en: 'Asks where the order is', zh: '询问物流进度' },
  product_question: { en: 'Asks about the product', zh: '咨询商品' },
};

/** Intents that are something wrong: the reason behind a request. */
export const PROBLEMS: Partial<Record<IntentId, Bilingual>> = {
  not_received: { en: 'an order not received', zh: '未收到货' },
  damaged_item: { en: 'a damaged item', zh: '商品损坏' },
  wrong_item: { en: 'a wrong item', zh: '发错货' },
  size_fit: { en: 'a size problem', zh: '尺码不合适' },
  quality_defect: { en: 'a quality defect', zh: '质量问题' },
  customs_tax: { en: 'customs or tax', zh: '关税问题' },
  payment_issue: { en: 'a payment problem', zh: '付款问题' },
};

export const STANDALONE: Partial<Record<IntentId, Bilingual>> = {
  complaint: { en: 'Complains', zh: '投诉' },
  positive_feedback: { en: 'Gives positive feedback', zh: '给予好评' },
};

export const ASK_WORDS: Record<Ask, Bilingual> = {
  refund: { en: 'Asks for a refund', zh: '要求退款' },
  replacement: { en: 'Asks for a replacement', zh: '要求补发' },
  return: { en: 'Wants to return the item', zh: '要求退货' },
  cancel: { en: 'Wants to cancel', zh: '要求取消' },
  discount: { en: 'Asks for a discount', zh: '要求折扣或补偿' },
  information: { en: 'Asks for information', zh: '询问信息' },
  exchange: { en: 'Wants an exchange', zh: '要求换货' },
};

export const THREAT_WORDS: Record<Threat, Bilingual> = {
  chargeback: { en: 'mentions a chargeback', zh: '提到拒付' },
  bad_review: { en: 'threatens a bad review', zh: '威胁差评' },
  legal: { en: 'threatens legal action', zh: '威胁采取法律行动' },
  dispute: { en: 'mentions a dispute or claim', zh: '提到纠纷或索赔' },
  report: { en: 'threatens to report', zh: '威胁举报' },
};

export const TONE_WORDS = {
  angry: { en: 'angry', zh: '情绪愤怒' },
  unhappy: { en: 'unhappy', zh: '不满' },
  friendly: { en: 'friendly', zh: '态度友好' },
  urgent: { en: 'urgent', zh: '情况紧急' },
} satisfies Record<string, Bilingual>;

export const UNIT_WORDS = {
  hour: { en: ['hour', 'hours'], zh: '小时' },
  day: { en: ['day', 'days'], zh: '天' },
  week: { en: ['week', 'weeks'], zh: '周' },
  month: { en: ['month', 'months'], zh: '个月' },
} as const;

export const NOTHING_CLEAR: Bilingual = { en: 'No clear request', zh: '未识别出明确诉求' };
