import { beforeAll, describe, expect, it } from 'vitest';
import { inferCountry } from '@/utils/detection';
import type { DetectionContext } from '@/utils/detection/types';
import { contextFor } from '@/scripts/detect';
import { coreDetector } from './core-detector';

const infer = (text: string, context: DetectionContext = {}, language = 'und', flags: string[] = []) =>
  inferCountry({ text, flags, language, languageConfidence: language === 'und' ? 0 : 1, context });

// Compiling the core lexicons takes a while on a busy machine: once, outside the tests' timeouts.
beforeAll(() => void coreDetector(), 60_000);

describe('country inference', () => {
  it('lets the agent override win, with the reason "set by agent"', () => {
    const r = infer('I live in Chile', { overrideCountry: 'AR', pageCountry: 'CL' }, 'en');
    expect(r.country).toBe('AR');
    expect(r.countries[0].reasons).toContain('set by agent');
  });

  it('uses the page country field (AliExpress) and the Amazon marketplace', () => {
    expect(infer('hello', { marketplace: 'aliexpress', pageCountry: 'PL' }).country).toBe('PL');
    expect(infer('hello', { marketplace: 'amazon', marketplaceCountry: 'DE' }).country).toBe('DE');
  });

  it('weighs the language by marketplace: pt on amazon.com.br is BR, on AliExpress BR or PT', () => {
    const amazon = infer('meu pedido não chegou', { marketplace: 'amazon', marketplaceCountry: 'BR' }, 'pt');
    expect(amazon.countries.map((c) => c.code)).toEqual(['BR']);
    const ali = infer('meu pedido não chegou', { marketplace: 'aliexpress' }, 'pt');
    expect(ali.countries.map((c) => c.code)).toEqual(['BR', 'PT']);
    expect(ali.countries[0].reasons[0]).toMatch(/Portuguese/);
  });

  it.each([
    ['call me at +49 151 23456789', 'DE', /phone prefix \+49/],
    ['my number is +351 912 345 678', 'PT', /\+351/],
    ['I paid R$ 250 for it', 'BR', /R\$/],
    ['zapłaciłem 120 zł', 'PL', /zł/],
    ['это стоило 3000 ₽', 'RU', /₽/],
    ['가격이 35000원이에요', 'KR', /₩/],
    ['150 TL ödedim', 'TR', /TL/],
    ['I was charged 90 AED', 'AE', /AED/],
    ['it cost 120 SAR', 'SA', /SAR/],
    ['ship to SW1A 1AA please', 'GB', /UK postcode/],
    ['my CEP is 01310-100', 'BR', /CEP/],
    ['address: ul. Polna 5, 00-950 Warszawa', 'PL', /Polish postcode/],
    ['I live in Chile', 'CL', /says where they are/],
    ['я из Казахстана', 'KZ', /says where they are/],
    ['je suis en Belgique', 'BE', /says where they are/],
    ['mieszkam w Polsce', 'PL', /says where they are/],
    ['我住在加拿大', 'CA', /says where they are/],
  ])('reads %s as %s', (text, code, reason) => {
    const r = infer(text);
    expect(r.country).toBe(code);
    expect(r.countries[0].reasons.join('; ')).toMatch(reason);
  });

  it('takes flag emojis as a hint', () => {
    expect(infer('thanks', {}, 'und', ['MX']).countries[0]).toMatchObject({ code: 'MX', reasons: ['flag emoji MX'] });
  });

  it('uses € only to favour euro countries already in the running', () => {
    const r = infer('I paid 40 €', {}, 'de');
    expect(r.countries[0].code).toBe('DE');
    expect(r.countries[0].reasons).toContain('price in €');
    expect(infer('I paid 40 €').countries).toEqual([]);
  });

  it('asserts nothing from weak evidence alone', () => {
    expect(infer('where is my order', {}, 'en').country).toBeNull();
    expect(infer('').countries).toEqual([]);
  });

  it('explicit statements beat the marketplace language guess', () => {
    const d = coreDetector();
    const r = d.detect('Estoy en Chile, mi pedido no llega', { marketplace: 'aliexpress' });
    expect(r.country).toBe('CL');
  });
});

describe('CLI context from url and country', () => {
  it.each([
    ['https://sellercentral.amazon.de/messaging/inbox', 'amazon', 'DE'],
    ['https://sellercentral.amazon.com.br/messaging/inbox', 'amazon', 'BR'],
    ['https://sellercentral-europe.amazon.com/messaging/contact?orderID=1&marketplaceID=APJ6JRA9NG5V4', 'amazon', 'IT'],
    ['https://gsp.aliexpress.com/m_apps/im-chat/im#/window', 'aliexpress', undefined],
  ])('%s', (url, marketplace, country) => {
    const ctx = contextFor(url);
    expect(ctx.marketplace).toBe(marketplace);
    expect(ctx.marketplaceCountry ?? undefined).toBe(country);
  });

  it('passes the page country and survives a bad url', () => {
    expect(contextFor('not a url', 'br')).toMatchObject({ pageCountry: 'BR', url: 'not a url' });
  });
});
