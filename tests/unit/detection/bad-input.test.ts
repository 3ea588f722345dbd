import { beforeAll, describe, expect, it } from 'vitest';
import { coreDetector } from './core-detector';

const junk = () => {
  let s = '';
  for (let i = 0; i < 50_000; i++) s += String.fromCharCode((i * 7919) % 0xffff);
  return s;
};

// Compiling the core lexicons takes a while on a busy machine: once, outside the tests' timeouts.
beforeAll(() => void coreDetector(), 60_000);

describe('bad input', () => {
  const d = coreDetector();

  it.each([
    ['empty', ''],
    ['whitespace', ' \n\t '],
    ['only emojis', '😀😡🙏👍🔥'],
    ['only an Amazon order number', '123-1234567-1234567'],
    ['only an AliExpress order number', '8123456789012345'],
    ['binary junk', '\u0000\u0001\u0002\uFFFD\uFFFE\u0007\u001B'],
  ])('%s -> other / und', (_name, text) => {
    const r = d.detect(text);
    expect(r).toMatchObject({ intent: 'other', language: 'und', sentiment: 'calm', risk: false, country: null });
  });

  // Speed is the benchmark's business (timed tests flake on a busy machine); here: no exception, sane answer.
  it('handles 1 MB of text', () => {
    const big = 'lorem ipsum dolor sit amet '.repeat(40_000);
    const r = d.detect(big);
    expect(r.intent).toBe('other');
  });

  it('handles random code points without throwing', () => {
    expect(() => d.detect(junk())).not.toThrow();
  });

  it('treats a non-string as empty', () => {
    expect(d.detect(null as unknown as string).intent).toBe('other');
  });
});
