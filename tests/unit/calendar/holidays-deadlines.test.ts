import { describe, expect, it } from 'vitest';
import { holidaysAround } from '@/utils/calendar/holidays';
import { amazonResponseClock, playbookDeadlines, unansweredSince } from '@/utils/calendar/deadlines';
import type { CountryProfile, Playbook } from '@/knowledge/schema';

const b = (en: string) => ({ en, zh: en });
const profile = {
  code: 'XX',
  holidays: [
    { name: b('Christmas'), effect: b('carriers slow'), start: '12-24', end: '12-26' },
    { name: b('Year end'), effect: b('closed'), start: '12-29', end: '01-03' },
    { name: b('Ramadan'), effect: b('evening replies'), occurrences: [{ start: '2027-02-08', end: '2027-03-09' }] },
  ],
} as unknown as CountryProfile;

describe('holidaysAround', () => {
  it('finds a fixed holiday on now and one starting soon', () => {
    const r = holidaysAround(profile, new Date('2026-12-25T12:00:00Z'));
    expect(r.map((h) => [h.holiday.name.en, h.status])).toEqual([
      ['Christmas', 'now'],
      ['Year end', 'soon'],
    ]);
  });
  it('handles a range over New Year and dated occurrences', () => {
    expect(holidaysAround(profile, new Date('2027-01-02T00:00:00Z')).map((h) => h.holiday.name.en)).toEqual(['Year end']);
    expect(holidaysAround(profile, new Date('2027-02-01T00:00:00Z'))[0]).toMatchObject({ status: 'soon' });
    expect(holidaysAround(profile, new Date('2027-06-01T00:00:00Z'))).toEqual([]);
  });
});

describe('deadlines', () => {
  const messages = [
    { from: 'buyer' as const, text: 'a', time: '2026-11-20T10:00:00Z' },
    { from: 'seller' as const, text: 'b', time: '2026-11-20T12:00:00Z' },
    { from: 'buyer' as const, text: 'c', time: '2026-11-22T08:00:00Z' },
    { from: 'buyer' as const, text: 'd', time: '2026-11-22T09:00:00Z' },
  ];
  it('counts from the first unanswered buyer message', () => {
    expect(unansweredSince(messages)?.toISOString()).toBe('2026-11-22T08:00:00.000Z');
    const clock = amazonResponseClock('amazon', messages, new Date('2026-11-22T20:00:00Z'))!;
    expect(clock.due.toISOString()).toBe('2026-11-23T08:00:00.000Z');
    expect(clock.remainingMs).toBe(12 * 3_600_000);
    expect(amazonResponseClock('aliexpress', messages)).toBeNull();
  });
  it('computes a playbook deadline from the message time ("answer by …")', () => {
    const playbook = {
      deadlines: [
        { label: b('Dispute: respond'), hours: 120, from: 'buyer_message' },
        { label: b('Claim window'), hours: 2160, from: 'delivered' },
      ],
    } as unknown as Playbook;
    const [dispute, claim] = playbookDeadlines(playbook, messages, new Date('2026-11-22T08:00:00Z'));
    expect(dispute.due?.toISOString()).toBe('2026-11-27T08:00:00.000Z');
    expect(claim.due).toBeNull();
  });
});
