import { describe, expect, it } from 'vitest';
import { formatRemaining } from '@/utils/calendar/deadlines';

const H = 3_600_000;

describe('formatRemaining', () => {
  it('speaks the agent language with its own units, never "9 d" inside Chinese', () => {
    expect(formatRemaining(9 * 24 * H, 'zh')).toBe('9天');
    expect(formatRemaining(3 * H + 20 * 60_000, 'zh')).toBe('3小时20分钟');
    expect(formatRemaining(45 * 60_000, 'zh')).toBe('45分钟');
    expect(formatRemaining(9 * 24 * H, 'en')).toBe('9 days');
    expect(formatRemaining(3 * H + 20 * 60_000, 'en')).toBe('3 hr 20 min');
    expect(formatRemaining(-2 * 24 * H, 'en')).toBe('2 days');
  });
});
