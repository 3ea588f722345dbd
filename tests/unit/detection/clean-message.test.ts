import { describe, expect, it } from 'vitest';
import { cleanMessage } from '@/utils/detection';

describe('cleanMessage', () => {
  it('strips order numbers, tracking numbers, URLs and e-mail addresses', () => {
    const { text } = cleanMessage(
      'Order 123-1234567-1234567 / 8123456789012345, tracking LP00123456789CN and RR123456789CN, see https://example.com/x?y=1 or www.shop.com, mail me at a.b@example.org',
    );
    expect(text).not.toMatch(/\d{5}|LP00|RR123|https|www\.|@/);
    expect(text).toContain('Order');
  });

  it('keeps phone numbers with + for the country signal', () => {
    expect(cleanMessage('call me on +49 1512 3456789').text).toContain('+49');
  });

  it('removes emojis but keeps flags as country hints', () => {
    const n = cleanMessage('Thanks 😀👍 from 🇧🇷!');
    expect(n.text).toBe('Thanks from !');
    expect(n.flags).toEqual(['BR']);
  });

  it('drops quoted earlier messages and pasted templates', () => {
    const n = cleanMessage('The box was crushed.\n> Dear customer, thank you for your order\n> we shipped it yesterday\nOn Mon, 3 Jun 2024 Seller wrote:\nDear buyer your parcel left our warehouse');
    expect(n.text).toBe('The box was crushed.');
    const q = cleanMessage('You wrote "Your parcel has left our warehouse and will arrive in 7-15 business days" but nothing came');
    expect(q.text).not.toContain('warehouse');
    expect(q.text).toContain('nothing came');
  });

  it('cleans control characters and survives non-strings', () => {
    expect(cleanMessage('a\u0000b\u0007c').text).toBe('a b c');
    expect(cleanMessage(undefined as unknown as string).text).toBe('');
  });
});
