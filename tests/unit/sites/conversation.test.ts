import { describe, expect, it } from 'vitest';
import { forDetection, latestBuyerText, type Conversation, type ConversationMessage } from '@/utils/sites/conversation';

const b = (text: string): ConversationMessage => ({ from: 'buyer', text });
const s = (text: string): ConversationMessage => ({ from: 'seller', text });
const conv = (messages: ConversationMessage[]): Conversation => ({ marketplace: 'aliexpress', key: 'k', host: 'h', url: 'https://h/', messages });

describe('the conversation sent to the background', () => {
  it.each([
    ['buyer waiting after the seller', [b('hi'), s('hello'), b('where is it'), b('still nothing')], 'where is it\nstill nothing'],
    ['more than three waiting: the newest three', [s('ok'), b('1'), b('2'), b('3'), b('4')], '2\n3\n4'],
    ['the seller spoke last: the buyer’s latest', [b('refund please'), s('done'), b('thanks'), s('bye')], 'thanks'],
    ['no seller at all', [b('a'), b('b')], 'a\nb'],
    ['no buyer at all', [s('hello?')], ''],
    ['empty', [], ''],
  ])('%s: detection reads the same text from it', (_, messages, text) => {
    const c = conv(messages);
    expect(latestBuyerText(c)).toBe(text);
    expect(latestBuyerText(forDetection(c))).toBe(text);
  });

  it('carries only that turn of a long thread, and everything else as it was', () => {
    const history = Array.from({ length: 200 }, (_, i) => (i % 2 ? s(`seller ${i}`) : b(`buyer ${i}`)));
    const c = { ...conv([...history, b('my parcel is damaged')]), orderId: '8123', pageCountry: 'ES' };
    const sent = forDetection(c);
    expect(sent.messages).toEqual([b('my parcel is damaged')]);
    expect({ ...sent, messages: c.messages }).toEqual(c);
  });
});
