/** UI strings in the agents' two languages. Guidance content carries its own {en, zh}. */
import type { Bilingual } from '@/knowledge/schema';
import type { UiLang } from '@/utils/settings';

export type { UiLang } from '@/utils/settings';
export { flagOf } from '@/utils/patterns/flags';

const MESSAGES = {
  collapse: { en: 'Collapse Tact', zh: '收起 Tact' },
  expand: { en: 'Open Tact', zh: '打开 Tact' },
  country: { en: 'Country', zh: '国家' },
  language: { en: 'Language', zh: '语言' },
  intent: { en: 'Intent', zh: '意图' },
  localTime: { en: 'Local time', zh: '当地时间' },
  confidence: { en: 'confidence', zh: '置信度' },
  helpful: { en: 'Helpful', zh: '有帮助' },
  gistTitle: { en: 'What the buyer said', zh: '买家说了什么' },
  gistOrder: { en: 'Order', zh: '订单' },
  gistTracking: { en: 'Tracking', zh: '运单号' },
  gistAmount: { en: 'Amount', zh: '金额' },
  gistDate: { en: 'Date', zh: '日期' },
  gistDuration: { en: 'Waited', zh: '时长' },
  notHelpful: { en: 'Not helpful', zh: '没帮助' },
  switchCountry: { en: 'Switch to', zh: '改为' },
  listSeparator: { en: '; ', zh: '；' },
  localTimeRange: { en: 'region unknown: earliest to latest', zh: '地区未知：从最早到最晚时区' },
  localTimeFromText: { en: 'region from the buyer’s message', zh: '地区取自买家消息' },
  tone: { en: 'Tone', zh: '语气' },
  cultureTip: { en: 'Culture tip', zh: '文化提示' },
  playbook: { en: 'Playbook', zh: '处理流程' },
  templates: { en: 'Reply templates', zh: '回复模板' },
  insert: { en: 'Insert', zh: '插入' },
  copy: { en: 'Copy', zh: '复制' },
  copyReply: { en: 'Copy reply', zh: '复制回复' },
  copied: { en: 'Copied', zh: '已复制' },
  inserted: { en: 'Inserted into the reply box', zh: '已插入回复框' },
  noReplyBox: { en: 'No reply box found on this page: copied instead', zh: '页面上没有找到回复框，已复制' },
  missing: { en: 'Fill in before sending', zh: '发送前请补全' },
  gloss: { en: 'Chinese meaning', zh: '中文意思' },
  noConversation: { en: 'No conversation found on this page.', zh: '此页面上没有找到对话。' },
  pasteHint: { en: "Paste the buyer's message to get suggestions", zh: '粘贴买家消息以获取建议' },
  unreadable: { en: "Couldn't read this page.", zh: '无法读取此页面。' },
  unreadableHelp: { en: "Show Tact where the buyer's message and the reply box are, or paste the message below.", zh: '请告诉 Tact 买家消息和回复框在哪里，或在下方粘贴消息。' },
  teachMessage: { en: "Point at the buyer's message", zh: '指出买家消息' },
  teachReplyBox: { en: 'Point at the reply box', zh: '指出回复框' },
  teachPicking: { en: 'Click the element on the page · Esc to cancel', zh: '请点击页面上的元素 · 按 Esc 取消' },
  teachSaved: { en: 'Saved for this site: Tact reads it from now on', zh: '已为此网站保存：Tact 之后会按此读取' },
  teachNothing: { en: 'Nothing readable there: pick the message text itself', zh: '该处没有可读内容：请直接点击消息文字' },
  teachForget: { en: 'Forget what I showed', zh: '清除我指定的位置' },
  teachExport: { en: 'Export as site rule', zh: '导出为网站规则' },
  teachWrong: { en: 'Read wrong? Show Tact', zh: '读取有误？指给 Tact 看' },
  pasteAnother: { en: 'Paste a message', zh: '粘贴消息' },
  sourceSiteRule: { en: 'Read by the site rule', zh: '按网站规则读取' },
  sourceGeneric: { en: 'Read by the generic reader', zh: '由通用读取器读取' },
  sourceTaught: { en: 'Read where you showed', zh: '按你指定的位置读取' },
  sourcePasted: { en: 'Pasted message', zh: '粘贴的消息' },
  detect: { en: 'Suggest', zh: '获取建议' },
  loading: { en: 'Reading the conversation…', zh: '正在读取对话…' },
  error: { en: 'Tact could not load suggestions', zh: 'Tact 无法加载建议' },
  retry: { en: 'Retry', zh: '重试' },
  cardFailed: { en: 'This part could not be shown (a knowledge entry is malformed). The rest still works.', zh: '此部分无法显示（知识条目格式有误），其他功能不受影响。' },
  noTemplates: { en: 'No template for this intent yet.', zh: '此意图暂无模板。' },
  unknown: { en: 'unknown', zh: '未知' },
  angry: { en: 'Angry buyer', zh: '买家情绪激动' },
  frustrated: { en: 'Frustrated', zh: '买家不满' },
  urgent: { en: 'Urgent', zh: '紧急' },
  toneFirst: { en: 'Steps first, because', zh: '先看处理步骤，因为' },
  calm: { en: 'Calm', zh: '平静' },
  risk: { en: 'Escalation risk', zh: '升级风险' },
  deadline: { en: 'Deadline', zh: '时限' },
  neverSay: { en: 'Never say', zh: '切勿说' },
  detected: { en: 'Detected (select to correct)', zh: '识别结果（可选择更正）' },
  resetDetection: { en: 'Reset', zh: '重置' },
  search: { en: 'Search knowledge', zh: '搜索知识库' },
  searchPlaceholder: { en: 'Search tips, playbooks, templates…', zh: '搜索提示、流程、模板…' },
  noResults: { en: 'Nothing found', zh: '没有找到' },
  compose: { en: 'Your reply', zh: '组合回复' },
  insertAll: { en: 'Insert reply', zh: '插入回复' },
  clear: { en: 'Clear', zh: '清空' },
  addToCompose: { en: 'Add', zh: '添加' },
  edit: { en: 'Edit', zh: '编辑' },
  done: { en: 'Done', zh: '完成' },
  compliance: { en: 'Compliance check', zh: '合规检查' },
  complianceClean: { en: 'No policy problems in the reply box', zh: '回复框中没有违规内容' },
  holidayNow: { en: 'Now', zh: '正值' },
  holidaySoon: { en: 'Soon', zh: '即将' },
  responseClock: { en: 'Amazon 24 h response clock', zh: '亚马逊 24 小时回复时限' },
  hoursLeft: { en: 'left', zh: '剩余' },
  overdue: { en: 'overdue', zh: '已超时' },
  emotionFirst: { en: 'Calm the buyer first', zh: '先安抚买家情绪' },
  moreTips: { en: 'More tips', zh: '更多提示' },
  close: { en: 'Close', zh: '关闭' },
  wording: { en: 'Wording to avoid', zh: '需避免的措辞' },
  dragHint: { en: 'Drag to move; double-click to dock', zh: '拖动以移动；双击停靠' },
} satisfies Record<string, Bilingual>;

export type MessageKey = keyof typeof MESSAGES;

export function t(lang: UiLang, key: MessageKey): string {
  return MESSAGES[key][lang];
}

/** Picks the agent's language from a bilingual field. */
export function pick(lang: UiLang, text: Bilingual): string {
  return text[lang] || text.en;
}

const INTENT_LABELS: Record<string, Bilingual> = {
  shipping_status: { en: 'Shipping status', zh: '物流状态' },
  not_received: { en: 'Not received', zh: '未收到货' },
  damaged_item: { en: 'Damaged item', zh: '商品损坏' },
  wrong_item: { en: 'Wrong item', zh: '发错货' },
  size_fit: { en: 'Size / fit', zh: '尺码问题' },
  quality_defect: { en: 'Quality defect', zh: '质量问题' },
  return_request: { en: 'Return request', zh: '退货请求' },
  refund_request: { en: 'Refund request', zh: '退款请求' },
  cancel_order: { en: 'Cancel order', zh: '取消订单' },
  change_order: { en: 'Change order', zh: '修改订单' },
  customs_tax: { en: 'Customs / tax', zh: '关税问题' },
  payment_issue: { en: 'Payment issue', zh: '付款问题' },
  invoice_request: { en: 'Invoice request', zh: '索要发票' },
  product_question: { en: 'Product question', zh: '商品咨询' },
  price_discount: { en: 'Price / discount', zh: '价格与折扣' },
  complaint: { en: 'Complaint', zh: '投诉' },
  positive_feedback: { en: 'Positive feedback', zh: '好评反馈' },
  other: { en: 'Other', zh: '其他' },
};

export function intentLabel(lang: UiLang, intent: string): string {
  return INTENT_LABELS[intent]?.[lang] ?? intent;
}

// Building an Intl formatter costs about a millisecond; the chips name ~80 options per render.
const displayNames = new Map<string, Intl.DisplayNames>();
function names(lang: UiLang, type: 'language' | 'region'): Intl.DisplayNames {
  const key = `${lang}:${type}`;
  let cached = displayNames.get(key);
  if (!cached) displayNames.set(key, (cached = new Intl.DisplayNames([lang === 'zh' ? 'zh-CN' : 'en'], { type })));
  return cached;
}

export function languageName(lang: UiLang, code: string): string {
  if (code === 'und') return t(lang, 'unknown');
  try {
    return names(lang, 'language').of(code) ?? code;
  } catch {
    return code;
  }
}

export function countryName(lang: UiLang, code: string): string {
  try {
    return names(lang, 'region').of(code) ?? code;
  } catch {
    return code;
  }
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
/** A cached date formatter for the agent's UI language. */
export function dateFormat(lang: UiLang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}:${JSON.stringify(options)}`;
  let cached = dateFormats.get(key);
  if (!cached) dateFormats.set(key, (cached = new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', options)));
  return cached;
}
