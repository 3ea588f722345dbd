import { describe, expect, it } from 'vitest';
import { measure, table } from './measure';

describe('gist facts on the multilingual fixtures', () => {
  it('finds ≥ 95% of expected facts and invents none, per language', () => {
    const scores = measure();
    console.log(table(scores));
    expect(scores.length).toBeGreaterThanOrEqual(14);
    for (const s of scores) {
      expect(s.misses, s.lang).toEqual([]);
      expect(s.inventions, s.lang).toEqual([]);
    }
  });
});
