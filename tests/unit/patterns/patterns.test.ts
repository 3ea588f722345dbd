import { describe, expect, it } from 'vitest';
import { flagOf, flagToCode } from '@/utils/patterns/flags';
import { ALIEXPRESS_ORDER_ID, AMAZON_ORDER_ID } from '@/utils/patterns/order-ids';
import { ALIEXPRESS_TRACKING, TRACKING_NUMBERS } from '@/utils/patterns/tracking-numbers';

describe('flags', () => {
  it('turns a country code into its flag and back', () => {
    expect(flagOf('BR')).toBe('🇧🇷');
    expect(flagToCode(`from ${flagOf('BR')}!`)).toBe('BR');
    expect(flagOf('br')).toBe('');
    expect(flagToCode('no flag')).toBeNull();
  });
});

describe('order ids and tracking numbers', () => {
  it('reads the first id the same way on every call (the patterns are not global)', () => {
    expect('order 123-1234567-1234567'.match(AMAZON_ORDER_ID)?.[0]).toBe('123-1234567-1234567');
    expect(AMAZON_ORDER_ID.test('123-1234567-1234567') && AMAZON_ORDER_ID.test('123-1234567-1234567')).toBe(true);
    expect('Order No. 8123456789012345'.match(ALIEXPRESS_ORDER_ID)?.[0]).toBe('8123456789012345');
    expect('LP00612345678901 in transit'.match(ALIEXPRESS_TRACKING)?.[0]).toBe('LP00612345678901');
  });

  it('finds every carrier number in a message', () => {
    expect('RR123456789CN and 1Z999AA10123456784'.match(TRACKING_NUMBERS)).toEqual(['RR123456789CN', '1Z999AA10123456784']);
  });
});
