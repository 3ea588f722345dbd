import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { aliexpressMessageCenter } from '@/utils/sites/aliexpress/aliexpress-message-center';
import { ALIEXPRESS_SELECTORS as S } from '@/utils/sites/aliexpress/selectors';
import { queryAll } from '@/utils/sites/query';
import { insertReply } from '@/utils/reply/insert';
import { runFixturePage } from './run-fixture';

describe('aliexpressMessageCenter.appliesTo', () => {
  it.each([
    'https://message.aliexpress.com/',
    'https://message.aliexpress.com/?sessionId=mc-5521907731',
    'https://message.aliexpress.com/message/',
    'https://message.aliexpress.com/message/messagecenter_list.htm',
    'https://message.aliexpress.com/message/messagecenter_list.htm?spm=a2g0o.home.0.0#/',
  ])('applies to %s', (url) => expect(aliexpressMessageCenter.appliesTo(new URL(url))).toBe(true));

  it.each([
    'https://message.aliexpress.com/message/messageUnreadCountAjaxService.htm', // JSON endpoint, not a page
    'https://message.aliexpress.com/message/list.json',
    'https://message.aliexpress.com/api/message/list',
    'https://message.aliexpress.com/message/sub/dir.htm',
    'http://message.aliexpress.com/',
    'https://msg.aliexpress.com/',
    'https://message.aliexpress.ru/',
    'https://message.aliexpress.com.evil.example/',
    'https://www.aliexpress.com/message/',
  ])('does not apply to %s', (url) => expect(aliexpressMessageCenter.appliesTo(new URL(url))).toBe(false));
});

describe('the message center at work', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.clearAllTimers();
    vi.useRealTimers();
  });
  const url = () => new URL(location.href.replace(location.origin, 'https://message.aliexpress.com'));
  const open = async (search: string) => {
    const doc = await runFixturePage('aliexpress/message-center.html', `/${search}`);
    vi.advanceTimersByTime(400);
    return doc;
  };

  it.each([
    ['centerView', 1],
    ['centerActiveSession', 1],
    ['centerBuyerName', 1],
    ['centerCountry', 1],
    ['centerOrder', 1],
    ['centerMessageList', 1],
    ['centerMessageRow', 3],
    ['centerMessageText', 3],
    ['centerMessageTime', 3],
    ['centerInput', 1],
    ['centerSendButton', 1],
  ] as const)('%s matches %i time(s) in an open conversation', async (key, count) => {
    expect(queryAll(await open('?sessionId=mc-5521907732'), S[key])).toHaveLength(count);
  });

  it('reads buyer, flag country, order and messages by side', async () => {
    const c = aliexpressMessageCenter.read(await open('?sessionId=mc-5521907732'), url())!;
    expect(c).toMatchObject({ marketplace: 'aliexpress', key: 'aliexpress:mc-5521907732', buyerName: 'Lotte Peeters', pageCountry: 'BE', orderId: '8192233445599001', product: 'Gewatteerde winterjas dames, maat M, zwart' });
    expect(c.messages.map((m) => m.from)).toEqual(['buyer', 'seller', 'buyer']);
    expect(c.messages[2]).toEqual({ from: 'buyer', text: 'Normaal draag ik maat M, maar deze jas past eerder als een XS. Kan ik hem ruilen voor een maat L?', time: '2026-11-22T08:20:00Z' });
  });

  it('follows a switch by pushState, after the new messages arrive', async () => {
    const doc = await open('?sessionId=mc-5521907732');
    doc.querySelector<HTMLElement>('[data-session-id="mc-5521907731"]')!.click();
    expect(aliexpressMessageCenter.read(doc, url())).toBeNull();
    vi.advanceTimersByTime(400);
    expect(aliexpressMessageCenter.read(doc, url())).toMatchObject({ key: 'aliexpress:mc-5521907731', buyerName: '김민준', pageCountry: 'KR' });
    expect(url().searchParams.get('sessionId')).toBe('mc-5521907731');
  });

  it('finds nothing with no session open, or before late messages arrive', async () => {
    expect(aliexpressMessageCenter.read(await open(''), url())).toBeNull();
    expect(aliexpressMessageCenter.replyTarget(document)).toBeNull();
    const late = await runFixturePage('aliexpress/message-center.html', '/?sessionId=mc-5521907731&fx=late');
    vi.advanceTimersByTime(2000);
    expect(aliexpressMessageCenter.read(late, url())).toBeNull();
    vi.advanceTimersByTime(500);
    expect(aliexpressMessageCenter.read(late, url())?.messages).toHaveLength(1);
  });

  it('Insert reaches the React-controlled textarea and enables Send', async () => {
    const doc = await open('?sessionId=mc-5521907731');
    const target = aliexpressMessageCenter.replyTarget(doc)!;
    expect(target.kind).toBe('textarea');
    insertReply(target, '안녕하세요, 김민준 님.');
    expect((window as unknown as { __fixtureLog: { source: string; value: string }[] }).__fixtureLog.at(-1)).toEqual({ source: 'onChange', value: '안녕하세요, 김민준 님.' });
    expect(doc.getElementById('buyer_msg_send_btn')!.className).toBe('icon-plane');
    expect(aliexpressMessageCenter.protectedElements(doc)).toHaveLength(2);
  });
});
