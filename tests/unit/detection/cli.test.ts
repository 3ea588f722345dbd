import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const run = (input: string) => spawnSync(process.execPath, ['--import', 'tsx', 'scripts/detect.ts'], { input, encoding: 'utf8', timeout: 60_000 });

describe('npm run detect', () => {
  it('writes one JSON line per input line, echoing ids or line numbers', () => {
    const lines = [
      JSON.stringify({ id: 'm1', text: 'Consta como entregue mas não recebi nada', url: 'https://sellercentral.amazon.com.br/messaging/inbox' }),
      JSON.stringify({ text: 'I want my money back', country: 'gb' }),
      '{broken',
      JSON.stringify({ id: 9, text: 42 }),
    ];
    const res = run(lines.join('\n') + '\n');
    expect(res.status).toBe(0);
    const out = res.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(out).toHaveLength(4);
    expect(out[0]).toMatchObject({ id: 'm1', language: 'pt', intent: 'not_received', country: 'BR' });
    expect(Object.keys(out[0])).toEqual(expect.arrayContaining(['id', 'language', 'intent', 'intents', 'sentiment', 'country', 'countries']));
    expect(out[1]).toMatchObject({ id: 2, intent: 'refund_request', country: 'GB' });
    expect(out[2]).toMatchObject({ id: 3 });
    expect(out[2].error).toEqual(expect.any(String));
    expect(out[3]).toMatchObject({ id: 9, error: '"text" must be a string' });
  }, 60_000);
});
