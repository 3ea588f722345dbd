import { describe, expect, it } from 'vitest';
import { fillPlaceholders } from '@/utils/reply/fill';

describe('fillPlaceholders', () => {
  it('fills known values and leaves visible markers for missing ones', () => {
    const r = fillPlaceholders('Hallo {{buyer_name}}, Bestellung {{ order_id }} – {{agent_name}}', { buyer_name: 'Lukas', order_id: '302-1' });
    expect(r.text).toBe('Hallo Lukas, Bestellung 302-1 – [agent_name]');
    expect(r.missing).toEqual(['agent_name']);
    expect(r.text.slice(r.marks[0].start, r.marks[0].end)).toBe('[agent_name]');
  });

  it('treats blank values as missing and reports each name once', () => {
    const r = fillPlaceholders('{{product}} {{product}}', { product: '  ' });
    expect(r.text).toBe('[product] [product]');
    expect(r.missing).toEqual(['product']);
    expect(r.marks).toHaveLength(2);
  });
});
