import { describe, expect, it } from 'vitest';
import { tu, UI_KEYS, UI_STRINGS } from '@/components/i18n-ui';

describe('UI strings', () => {
  it('every string exists in English and Chinese with the same {placeholders}', () => {
    const names = (text: string) => [...text.matchAll(/(?<!\{)\{(\w+)\}(?!\})/g)].map((m) => m[1]).sort();
    for (const key of UI_KEYS) {
      const { en, zh } = UI_STRINGS[key];
      expect(en.trim(), key).not.toBe('');
      expect(zh.trim(), key).not.toBe('');
      expect(names(zh), key).toEqual(names(en));
    }
  });

  it('fills parameters and leaves unknown ones visible', () => {
    expect(tu('en', 'countAdded', { n: 3 })).toBe('3 added');
    expect(tu('zh', 'countAdded', { n: 3 })).toBe('新增 3');
    expect(tu('en', 'rolledBack', { name: 'Lumen' })).toBe('Rolled Lumen back to {version}');
    expect(tu('en', 'agentNameHelp')).toContain('{{agent_name}}');
  });
});
