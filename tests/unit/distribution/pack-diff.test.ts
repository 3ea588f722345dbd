import { describe, expect, it } from 'vitest';
import { compareVersions, diffPacks, formatDiff, isEmptyDiff } from '@/knowledge/pack-diff';
import { teamPack } from './helpers';

describe('diffPacks', () => {
  it('finds the entries v1.1.0 added, changed and removed', () => {
    const d = diffPacks(teamPack('v1'), teamPack('v2'));
    expect(d).toMatchObject({ packId: 'lumen-team', fromVersion: '1.0.0', toVersion: '1.1.0' });
    expect(d.added.map((e) => e.id)).toEqual(['team.lumen.quality_defect.any.flicker-dimmer']);
    expect(d.changed.map((e) => e.id)).toEqual(['team.lumen.damaged_item.amazon.glass-shade']);
    expect(d.removed.map((e) => e.id)).toEqual(['team.lumen.playbook.quality_defect.flicker']);
    expect(d.removed[0]).toMatchObject({ kind: 'playbook', title: { en: 'LED lamp flickers: rule out the dimmer before replacing' } });
  });

  it('a first install adds everything; the same pack changes nothing', () => {
    expect(diffPacks(null, teamPack('v1')).added).toHaveLength(3);
    expect(isEmptyDiff(diffPacks(teamPack('v1'), teamPack('v1')))).toBe(true);
  });

  it('ignores key order but not content', () => {
    const a = teamPack('v1');
    const b = structuredClone(a);
    const tip = b.entries.find((e) => e.kind === 'culture_tip')!;
    b.entries[b.entries.indexOf(tip)] = Object.fromEntries(Object.entries(tip).reverse()) as typeof tip;
    expect(isEmptyDiff(diffPacks(a, b))).toBe(true);
    (tip as { weight?: number }).weight = 10;
    b.entries[b.entries.findIndex((e) => e.id === tip.id)] = tip;
    expect(diffPacks(a, b).changed.map((e) => e.id)).toEqual([tip.id]);
  });

  it('diffs country profiles too', () => {
    const a = teamPack('v1');
    const country = {
      code: 'AT',
      name: { en: 'Austria', zh: '奥地利' },
      languages: ['de'],
      timeZones: ['Europe/Vienna'],
      greeting: { text: 'Grüß Gott', formality: 'formal' as const, note: { en: 'Sie', zh: '用您' } },
      tone: { en: 'polite', zh: '礼貌' },
      responseTime: { en: '24 h', zh: '24小时' },
      dos: [{ en: 'x', zh: 'x' }],
      donts: [{ en: 'x', zh: 'x' }],
      habits: [{ en: 'x', zh: 'x' }],
      holidays: [{ name: { en: 'Christmas', zh: '圣诞节' }, effect: { en: 'slow post', zh: '邮政慢' }, start: '12-24', end: '12-26' }],
      customs: { note: { en: 'EU', zh: '欧盟' }, asOf: '2026-11' },
      sensitive: [{ en: 'x', zh: 'x' }],
    };
    const b = { ...structuredClone(a), countries: [country] };
    expect(diffPacks(a, b).countries).toEqual({ added: ['AT'], changed: [], removed: [] });
    expect(formatDiff(diffPacks(a, b))).toContain('+ country AT');
  });

  it('formats counts first, then one line per entry', () => {
    const text = formatDiff(diffPacks(teamPack('v1'), teamPack('v2')));
    expect(text.split('\n').slice(0, 2)).toEqual(['lumen-team: 1.0.0 -> 1.1.0', 'entries: 1 added, 1 changed, 1 removed']);
    expect(text).toContain('+ team.lumen.quality_defect.any.flicker-dimmer (template)');
    expect(text).toContain('- team.lumen.playbook.quality_defect.flicker (playbook)');
  });
});

describe('compareVersions', () => {
  it.each([
    ['1.0.0', '1.0.1', -1],
    ['1.10.0', '1.9.3', 1],
    ['2.0.0', '2.0.0', 0],
    ['2.0.0-beta.2', '2.0.0', -1],
    ['2.0.0-beta.10', '2.0.0-beta.2', 1],
  ])('%s vs %s', (a, b, sign) => {
    expect(Math.sign(compareVersions(a, b))).toBe(sign);
  });
});
