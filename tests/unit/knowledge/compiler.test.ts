import { describe, expect, it } from 'vitest';
import { compilePack } from '@/knowledge/compiler';

const meta = `schemaVersion: 1
id: t
name: Test
version: 1.0.0
publisher: Me
publishedAt: 2026-11-01
description: test pack
`;

const tip = (body: string) => `entries:
  - id: tip.de.formal
    kind: culture_tip
    countries: [DE]
    title: { en: Be formal, zh: 正式 }
    body: ${body}
`;

describe('compilePack', () => {
  it('compiles a folder of YAML into a pack', () => {
    const p = compilePack([
      { path: 'pack.yaml', text: meta },
      { path: 'culture/de.yaml', text: tip('{ en: Use Sie, zh: 用您 }') },
    ]);
    expect(p.entries).toHaveLength(1);
    expect(p.entries[0].id).toBe('tip.de.formal');
  });

  it('names the file, the path inside it and what was expected', () => {
    const other = tip('{ en: ok, zh: ok }').replace('tip.de.formal', 'tip.de.other');
    expect(() =>
      compilePack([
        { path: 'pack.yaml', text: meta },
        { path: 'culture/a.yaml', text: other },
        { path: 'culture/de.yaml', text: tip('{ en: 3, zh: 好 }').replace('en: 3', 'en: 3') },
      ]),
    ).toThrow(/^culture\/de\.yaml: entries\[0\]\.body\.en: expected string, got number$/m);
  });

  it('refuses prototype keys and malformed YAML with the file named', () => {
    expect(() =>
      compilePack([
        { path: 'pack.yaml', text: meta },
        { path: 'x.yaml', text: 'entries:\n  - __proto__: 1\n' },
      ]),
    ).toThrow(/x\.yaml: the key "__proto__" is not allowed/);
    expect(() =>
      compilePack([
        { path: 'pack.yaml', text: meta },
        { path: 'y.yaml', text: 'entries: [\n' },
      ]),
    ).toThrow(/y\.yaml: malformed YAML/);
  });
});
