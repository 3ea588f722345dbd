/** Country reasons in the agent's language: every reason detection writes has a Chinese rendering. */
import { describe, expect, it } from 'vitest';
import { reasonText } from '@/components/overlay/country-reasons';

describe('country reasons', () => {
  it('renders the reasons detection writes in Chinese, and leaves English as it is', () => {
    expect(reasonText('zh', 'Amazon marketplace DE')).toBe('亚马逊德国站');
    expect(reasonText('zh', 'message in French')).toBe('消息用法语写成');
    expect(reasonText('zh', 'message in German, a language of the AT marketplace')).toBe('消息用德语写成，是奥地利站的语言');
    expect(reasonText('zh', 'phone prefix +48')).toBe('电话区号 +48');
    expect(reasonText('zh', 'Polish postcode 00-950')).toBe('邮编 00-950');
    expect(reasonText('zh', 'price in €')).toBe('价格单位 €');
    expect(reasonText('en', 'message in French')).toBe('message in French');
  });
});
