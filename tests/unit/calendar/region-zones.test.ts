/** The buyer's clock: the zone their words name, else the country's range (US: Eastern to Pacific). */
import { describe, expect, it } from 'vitest';
import { buyerClock, regionZone } from '@/utils/calendar/region-zones';

const US = ['America/New_York', 'America/Chicago', 'America/Denver', 'America/Phoenix', 'America/Los_Angeles', 'America/Anchorage', 'Pacific/Honolulu'];
const RU = [
  'Europe/Moscow',
  'Europe/Kaliningrad',
  'Europe/Samara',
  'Asia/Yekaterinburg',
  'Asia/Omsk',
  'Asia/Novosibirsk',
  'Asia/Krasnoyarsk',
  'Asia/Irkutsk',
  'Asia/Yakutsk',
  'Asia/Vladivostok',
  'Asia/Magadan',
  'Asia/Kamchatka',
];
const NOW = new Date('2026-12-02T15:00:00Z');

describe('buyer local time', () => {
  it('shows the US range Eastern to Pacific when nothing names a state (not Eastern alone)', () => {
    expect(buyerClock('US', US, ['Where is my package?'], NOW)).toEqual({ zones: ['America/New_York', 'America/Los_Angeles'], fromText: false });
  });

  it('places the buyer by a state, a city or a state code beside a ZIP code', () => {
    expect(regionZone('US', ['Shipping to Austin, TX 78701 please'])).toBe('America/Chicago');
    expect(regionZone('US', ["I'm in Seattle and it never came"])).toBe('America/Los_Angeles');
    expect(regionZone('US', ['we are IN the house'])).toBeNull(); // a state code needs its ZIP code
    expect(buyerClock('US', US, ['Honolulu, the parcel is late'], NOW)).toEqual({ zones: ['Pacific/Honolulu'], fromText: true });
  });

  it('reads Russian cities in Cyrillic, and spans Russia from Kamchatka to Kaliningrad otherwise', () => {
    expect(regionZone('RU', ['Доставка в Новосибирск уже месяц'])).toBe('Asia/Novosibirsk');
    expect(buyerClock('RU', RU, ['где мой заказ'], NOW).zones).toEqual(['Asia/Kamchatka', 'Europe/Kaliningrad']);
  });

  it('keeps a one-zone country to its zone', () => {
    expect(buyerClock('DE', ['Europe/Berlin'], ['Hallo'], NOW)).toEqual({ zones: ['Europe/Berlin'], fromText: false });
  });
});
