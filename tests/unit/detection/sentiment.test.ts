import { beforeAll, describe, expect, it } from 'vitest';
import { coreDetector } from './core-detector';

// Compiling the core lexicons takes a while on a busy machine: once, outside the tests' timeouts.
beforeAll(() => void coreDetector(), 60_000);

describe('sentiment and risk', () => {
  const d = coreDetector();

  it('is calm for an ordinary question', () => {
    expect(d.detect('Hi, could you tell me when my parcel will ship? Thanks')).toMatchObject({ sentiment: 'calm', risk: false });
  });

  it('sees frustration in waiting and anger plus urgency in "third time, nobody answers"', () => {
    const third = d.detect('still waiting, nobody answers my messages. this is the third time I ask');
    expect(third.sentiment).toBe('angry');
    expect(third.urgent).toBe(true);
    expect(third.polarity).toBe('negative');
    expect(['frustrated', 'angry']).toContain(d.detect('ainda estou esperando, ninguém responde').sentiment);
  });

  it('gives polarity, anger and urgency as separate scores with reasons', () => {
    const praise = d.detect('Gostei muito, chegou rápido');
    expect(praise).toMatchObject({ polarity: 'positive', angry: false, urgent: false });
    const deadline = d.detect('I need it by Friday for a birthday, has it shipped?');
    expect(deadline.urgent).toBe(true);
    expect(deadline.angry).toBe(false);
    expect(deadline.toneReasons.join(' ')).toMatch(/urgent/);
    const threat = d.detect('This is a scam. I will open a dispute and call my bank for a chargeback');
    expect(threat.angry).toBe(true);
    expect(threat.anger).toBeGreaterThan(0.7);
    expect(threat.toneReasons.join(' ')).toMatch(/threat/);
  });

  it('sees anger in insults and shouting', () => {
    expect(d.detect('You are scammers and thieves').sentiment).toBe('angry');
    expect(d.detect('WHERE IS MY ORDER YOU PROMISED IT LAST WEEK!!!').sentiment).toBe('angry');
  });

  // One threat per language: dispute, chargeback, A-to-z, bad review, report, legal action.
  it.each([
    ['en', 'If this is not fixed today I will file an A-to-z claim'],
    ['en', 'I will call my bank and do a chargeback'],
    ['es', 'voy a abrir una disputa y dejar una reseña negativa'],
    ['pt', 'vou reclamar no procon'],
    ['fr', 'je vais ouvrir un litige'],
    ['de', 'ich schalte meinen Anwalt ein'],
    ['it', 'lascio una recensione negativa'],
    ['nl', 'ik ga naar de geschillencommissie'],
    ['pl', 'zgłoszę to do rzecznika konsumentów'],
    ['ru', 'открою спор и напишу плохой отзыв'],
    ['tr', 'tüketici hakem heyetine başvuracağım'],
    ['ar', 'بقدم شكوى لحماية المستهلك'],
    ['ja', '消費者センターに相談します'],
    ['ko', '소비자원에 신고하겠습니다'],
    ['zh', '再不处理我就给差评并投诉'],
  ])('flags the escalation risk (%s): %s', (_lang, text) => {
    const r = d.detect(text);
    expect(r.risk).toBe(true);
    expect(r.sentiment).not.toBe('calm');
  });

  it('does not flag risk on a thank-you', () => {
    expect(d.detect('Received today, I will leave you five stars, thank you!').risk).toBe(false);
  });
});
