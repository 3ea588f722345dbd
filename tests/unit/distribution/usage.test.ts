import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadUsage, MAX_USAGE_EVENTS, recordUsage, sanitizeUsage, summarizeUsage, usageItem, usageToCsv, usageToJson, type UsageEvent } from '@/utils/usage';

beforeEach(() => fakeBrowser.reset());

const event = (over: Partial<UsageEvent> = {}): UsageEvent => ({
  at: Date.UTC(2026, 10, 23, 9, 30),
  templateId: 'tpl.damaged_item.amazon.photos-then-replace-or-refund',
  packId: 'tact-core',
  intent: 'damaged_item',
  country: 'DE',
  marketplace: 'amazon',
  language: 'de',
  action: 'insert',
  surface: 'overlay',
  ...over,
});

describe('usage log', () => {
  it('records ids and facets only: extra fields (a message, a reply) never reach storage', async () => {
    const sneaky = { ...event(), text: 'Hallo, das Glas ist zerbrochen', buyerName: 'Lukas Schmidt' } as UsageEvent;
    await recordUsage(sneaky);
    await recordUsage(event({ intent: 'Where is my parcel? I paid 40 EUR' as never, country: 'Germany', language: 'Deutsch' }));
    const stored = JSON.stringify(await usageItem.getValue());
    expect(stored).not.toMatch(/Glas|Lukas|parcel|Germany|Deutsch/);
    const [first, second] = await loadUsage();
    expect(Object.keys(first).sort()).toEqual(['action', 'at', 'country', 'intent', 'language', 'marketplace', 'packId', 'surface', 'templateId']);
    expect(second).toMatchObject({ intent: 'other', country: null, language: 'und' });
  });

  it('drops events without a valid template id and keeps the newest when full', async () => {
    expect(sanitizeUsage({ ...event(), templateId: 'Dear buyer, …' })).toBeNull();
    await usageItem.setValue(Array.from({ length: MAX_USAGE_EVENTS }, (_, i) => event({ at: i })));
    await recordUsage(event({ at: MAX_USAGE_EVENTS + 1, templateId: 'tpl.newest' }));
    const list = await loadUsage();
    expect(list).toHaveLength(MAX_USAGE_EVENTS);
    expect(list[0].at).toBe(1);
    expect(list.at(-1)!.templateId).toBe('tpl.newest');
  });

  it('serialises quick successive records', async () => {
    await Promise.all([1, 2, 3, 4, 5].map((i) => recordUsage(event({ at: i }))));
    expect((await loadUsage()).map((e) => e.at)).toEqual([1, 2, 3, 4, 5]);
  });

  it('exports CSV with a header, ISO times and defused formulas', () => {
    const csv = usageToCsv([event(), event({ templateId: 'tpl.x', country: null, action: 'copy', surface: 'popup' })]);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('time,template,pack,intent,country,marketplace,language,action,surface');
    expect(lines[1]).toBe('2026-11-23T09:30:00.000Z,tpl.damaged_item.amazon.photos-then-replace-or-refund,tact-core,damaged_item,DE,amazon,de,insert,overlay');
    expect(lines[2]).toBe('2026-11-23T09:30:00.000Z,tpl.x,tact-core,damaged_item,,amazon,de,copy,popup');
    expect(usageToCsv([{ ...event(), packId: '=HYPERLINK("x")' }])).toContain(`"'=HYPERLINK(""x"")"`);
  });

  it('exports JSON that parses back to the events', () => {
    const parsed = JSON.parse(usageToJson([event()]));
    expect(parsed).toMatchObject({ format: 'tact-usage', version: 1, events: [event()] });
  });

  it('summarises by template, intent, country and marketplace', () => {
    const s = summarizeUsage([event(), event(), event({ templateId: 'tpl.b', intent: 'shipping_status', country: null, marketplace: 'aliexpress' })]);
    expect(s.total).toBe(3);
    expect(s.byTemplate[0]).toEqual({ key: 'tpl.damaged_item.amazon.photos-then-replace-or-refund', count: 2 });
    expect(s.byIntent).toEqual([
      { key: 'damaged_item', count: 2 },
      { key: 'shipping_status', count: 1 },
    ]);
    expect(s.byCountry).toEqual([
      { key: 'DE', count: 2 },
      { key: '—', count: 1 },
    ]);
    expect(summarizeUsage([event({ at: 5 })], 10).total).toBe(0);
  });

  it('counts helpful / not helpful per template apart from uses, and keeps an unknown action out', () => {
    const events = [event(), event({ action: 'helpful' }), event({ action: 'helpful' }), event({ action: 'not_helpful', templateId: 'tpl.other.x' }), event({ action: 'copy' })];
    const summary = summarizeUsage(events);
    expect(summary.total).toBe(2);
    expect(summary.ratings).toEqual([
      { templateId: 'tpl.damaged_item.amazon.photos-then-replace-or-refund', helpful: 2, notHelpful: 0 },
      { templateId: 'tpl.other.x', helpful: 0, notHelpful: 1 },
    ]);
    expect(sanitizeUsage({ ...event(), action: 'delete everything' as never })?.action).toBe('insert');
    expect(usageToCsv([event({ action: 'not_helpful' })])).toContain(',not_helpful,overlay');
  });
});
