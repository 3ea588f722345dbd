import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('npm run detect: facts and summary', () => {
  it('adds facts and a bilingual summary to each line, keeping the detection fields', () => {
    const lines = [
      JSON.stringify({ id: 'f1', text: 'Paguei R$ 89,90 no pedido 8123456789012345 e espero há 3 semanas. Quero reembolso ou vou no Procon.' }),
      JSON.stringify({ id: 'f2', text: 'Obrigado, chegou tudo certo!' }),
    ];
    const res = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/detect.ts'], { input: lines.join('\n') + '\n', encoding: 'utf8', timeout: 60_000 });
    expect(res.status).toBe(0);
    const [a, b] = res.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(a).toMatchObject({ id: 'f1', language: 'pt' });
    expect(Object.keys(a)).toEqual(expect.arrayContaining(['intent', 'labels', 'polarity', 'country', 'facts', 'summary']));
    expect(a.facts).toEqual({
      orderIds: ['8123456789012345'],
      trackingNumbers: [],
      amounts: [{ value: 89.9, currency: 'BRL' }],
      dates: [],
      durations: [{ value: 3, unit: 'week' }],
      asks: ['refund'],
      threats: ['report'],
    });
    const summary = a.summary as { en: string; zh: string };
    expect(summary.en).toMatch(/8123456789012345/);
    expect(summary.zh).toMatch(/威胁举报/);
    expect(b.facts).toEqual({ orderIds: [], trackingNumbers: [], amounts: [], dates: [], durations: [], asks: [], threats: [] });
  }, 60_000);
});
