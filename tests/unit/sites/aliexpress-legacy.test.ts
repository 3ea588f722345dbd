import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { aliexpressLegacy, spriteCountry } from '@/utils/sites/aliexpress/aliexpress-legacy';
import { ALIEXPRESS_SELECTORS as S } from '@/utils/sites/aliexpress/selectors';
import { queryAll, queryFirst } from '@/utils/sites/query';
import { insertReply } from '@/utils/reply/insert';
import { fixtureDocument } from './fixture-dom';
import { runFixturePage } from './run-fixture';

const PAGE = 'https://msg.aliexpress.com/sellerMsgListNew.htm';

describe('aliexpressLegacy.appliesTo', () => {
  it.each([
    PAGE,
    `${PAGE}?spm=5261.8113996.0.0.3c8d4edfXkQ2mN`,
    `${PAGE}?channelId=300112233446`,
    `${PAGE}#unread`,
  ])('applies to %s', (url) => expect(aliexpressLegacy.appliesTo(new URL(url))).toBe(true));

  it.each([
    'https://msg.aliexpress.com/buyerMsgListNew.htm', // the buyer's side of the same service
    'https://msg.aliexpress.com/',
    'https://msg.aliexpress.com/sellerMsgListNew.htm/extra',
    'https://msg.aliexpress.com/sellerMsgListNewer.htm',
    'http://msg.aliexpress.com/sellerMsgListNew.htm',
    'https://message.aliexpress.com/sellerMsgListNew.htm',
    'https://msg.aliexpress.ru/sellerMsgListNew.htm',
    'https://msg.aliexpress.com.evil.example/sellerMsgListNew.htm',
    'https://gsp.aliexpress.com/m_apps/im-chat/im',
  ])('does not apply to %s', (url) => expect(aliexpressLegacy.appliesTo(new URL(url))).toBe(false));
});

describe('legacy selectors on the committed page', () => {
  it.each([
    ['legacyDetail', 1],
    ['legacyActiveItem', 1],
    ['legacyBuyerName', 1],
    ['legacyCountry', 1],
    ['legacyOrderId', 1],
    ['legacyMessageList', 1],
    ['legacyMessageRow', 3],
    ['legacyMessageText', 3],
    ['legacyMessageTime', 3],
    ['legacyInput', 1],
    ['legacySendButton', 1],
  ] as const)('%s matches %i time(s)', async (key, count) => {
    expect(queryAll(fixtureDocument('aliexpress/legacy-list.html'), S[key])).toHaveLength(count);
  });

  it('scopes the buyer name to the open conversation (the list repeats every name)', async () => {
    const doc = fixtureDocument('aliexpress/legacy-list.html');
    expect(doc.querySelectorAll('.buyer-name')).toHaveLength(4);
    expect(queryFirst(queryFirst(doc, S.legacyDetail)!, S.legacyBuyerName)?.textContent).toBe('Dmitry Ivanov');
  });
});

describe('aliexpressLegacy.read', () => {
  it('reads the server-rendered conversation', async () => {
    const doc = fixtureDocument('aliexpress/legacy-list.html');
    const c = aliexpressLegacy.read(doc, new URL(PAGE))!;
    expect(c).toMatchObject({
      marketplace: 'aliexpress',
      key: 'aliexpress:300112233445',
      buyerName: 'Dmitry Ivanov',
      orderId: '8190123456789012',
      pageCountry: 'RU', // "Russian Federation" isn't a name Intl knows: the sprite's code decides
      product: 'USB C to USB C Cable 100W PD Fast Charging 2m',
      trackingNumber: 'LP00623456789012',
    });
    expect(c.messages.map((m) => [m.from, m.time])).toEqual([
      ['buyer', '2026-11-19T07:20:00Z'],
      ['seller', '2026-11-19T12:02:00Z'],
      ['buyer', '2026-11-22T06:45:00Z'],
    ]);
    expect(c.messages[2].text).toBe('Прошло ещё три дня, статус не изменился. Когда придёт посылка?');
    expect(aliexpressLegacy.replyTarget(doc)).toMatchObject({ kind: 'textarea' });
    expect(aliexpressLegacy.protectedElements(doc).map((e) => e.id)).toEqual(['J-reply-content', 'J-send-btn']);
  });

  it('tells the sides apart by the author line when the rows carry no side class', async () => {
    const doc = fixtureDocument('aliexpress/legacy-list.html');
    doc.querySelectorAll('.msg-item').forEach((li) => (li.className = 'msg-item'));
    expect(aliexpressLegacy.read(doc, new URL(PAGE))!.messages.map((m) => m.from)).toEqual(['buyer', 'seller', 'buyer']);
  });

  it.each([
    ['<span class="css_flag css_ru" title="Russian Federation"></span>', 'RU'],
    ['<span class="css_flag css_pl" title="Poland"></span>', 'PL'],
    ['<span class="css_flag css_us"></span>', 'US'],
    ['<span class="css_flag css_uk"></span>', 'GB'],
    ['<span class="css_flag css_br">Brazil</span>', 'BR'],
    ['<span class="css_flag"></span>', undefined],
  ])('country of %s is %s', async (html, code) => {
    const el = new DOMParser().parseFromString(html, 'text/html').body.firstElementChild;
    expect(spriteCountry(el)).toBe(code);
  });
});

describe('the legacy page at work (its own scripts)', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.clearAllTimers();
    vi.useRealTimers();
  });
  const url = () => new URL(location.href.replace(location.origin, 'https://msg.aliexpress.com'));

  it('follows a switch to another buyer by AJAX, with no change of URL', async () => {
    const doc = await runFixturePage('aliexpress/legacy-list.html', '/sellerMsgListNew.htm');
    expect(aliexpressLegacy.read(doc, url())?.buyerName).toBe('Dmitry Ivanov');
    doc.querySelector<HTMLElement>('[data-channel-id="300112233446"]')!.click();
    expect(aliexpressLegacy.read(doc, url())).toBeNull(); // the pane says 加载中… while loading
    vi.advanceTimersByTime(300);
    const c = aliexpressLegacy.read(doc, url())!;
    expect(c).toMatchObject({ key: 'aliexpress:300112233446', buyerName: 'Katarzyna Nowak', pageCountry: 'PL', orderId: '8190987654321098' });
    expect(c.messages.map((m) => m.from)).toEqual(['buyer']);
    expect(url().search).toBe('');
  });

  it('reads a flag sprite without a title, and a conversation without a tracking number', async () => {
    const doc = await runFixturePage('aliexpress/legacy-list.html', '/sellerMsgListNew.htm?channelId=300112233447');
    expect(aliexpressLegacy.read(doc, url())).toMatchObject({ buyerName: 'Jack Thompson', pageCountry: 'AU', trackingNumber: undefined });
  });

  it('waits for messages that load late, and finds nothing when no conversation is selected', async () => {
    const late = await runFixturePage('aliexpress/legacy-list.html', '/sellerMsgListNew.htm?fx=late');
    expect(aliexpressLegacy.read(late, url())).toBeNull();
    vi.advanceTimersByTime(2500);
    expect(aliexpressLegacy.read(late, url())?.messages).toHaveLength(3);
    const none = await runFixturePage('aliexpress/legacy-list.html', '/sellerMsgListNew.htm?fx=none');
    expect(aliexpressLegacy.read(none, url())).toBeNull();
  });

  it('Insert reaches the page: its own input listener sees the text', async () => {
    const doc = await runFixturePage('aliexpress/legacy-list.html', '/sellerMsgListNew.htm');
    insertReply(aliexpressLegacy.replyTarget(doc)!, 'Здравствуйте, Дмитрий!');
    expect(doc.querySelector('.msg-reply-count')?.textContent).toBe('22/2000');
    expect((window as unknown as { __fixtureLog: { value: string }[] }).__fixtureLog.at(-1)?.value).toBe('Здравствуйте, Дмитрий!');
  });
});
