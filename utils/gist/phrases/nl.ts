import type { PhraseSet } from './phrase-set';

export const nl: PhraseSet = {
  asks: {
    refund: ['terugbetaling', 'terugbetal*', 'geld terug', 'mijn geld', 'restitutie', 'terugstorting', 'terugstorten'],
    replacement: ['vervanging', 'vervangen', 'nieuwe sturen', 'een nieuwe', 'opnieuw versturen', 'opnieuw sturen', 'vervangend'],
    return: ['retour', 'retourneren', 'terugsturen', 'retourlabel', 'terug te sturen'],
    cancel: ['annuleren', 'annuler*', 'annulering'],
    discount: ['korting', 'compensatie', 'tegoedbon', 'kortingscode', 'gedeeltelijke terugbetaling', 'vergoeding'],
    information: ['waar is', 'waar blijft', 'wanneer komt', 'wanneer wordt', 'kunt u mij vertellen', 'kun je laten weten', 'laat me weten', 'informatie', 'track en trace', 'hoe lang'],
    exchange: ['ruilen', 'omruilen', 'ruil', 'andere maat', 'grotere maat', 'kleinere maat', 'andere kleur'],
  },
  threats: {
    chargeback: ['chargeback', 'terugboeken', 'terugboeking', 'mijn bank', 'creditcardmaatschappij', 'stornering'],
    bad_review: ['slechte review', 'negatieve review', 'slechte recensie', 'negatieve recensie', 'een ster', '1 ster', 'slechte beoordeling'],
    legal: ['advocaat', 'rechter', 'rechtszaak', 'juridische stappen', 'aangifte', 'deurwaarder'],
    dispute: ['geschil', 'claim indienen', 'klacht indienen', 'a-tot-z', 'a-z'],
    report: ['melden', 'consumentenbond', 'acm', 'geschillencommissie', 'rapporteren'],
  },
  negators: ['geen', 'wil niet', 'hoef geen', 'niet nodig', 'in plaats van', 'liever dan'],
  postNegators: ['is niet nodig', 'niet nodig', 'hoeft niet'],
  breaks: ['maar', 'echter', 'wel'],
};
