import type { PhraseSet } from './phrase-set';

export const it: PhraseSet = {
  asks: {
    refund: ['rimborso', 'rimbors*', 'i miei soldi', 'soldi indietro', 'restituzione dei soldi', 'ridarmi i soldi'],
    replacement: ['sostituzione', 'sostituire', 'sostituirlo', 'mandarne un altro', 'inviarne un altro', 'uno nuovo', 'nuovo articolo', 'rispedire', 'rispedirlo'],
    return: ['reso', 'restituire', 'restituirlo', 'rimandare indietro', 'etichetta di reso', 'rispedire indietro'],
    cancel: ['annullare', 'annull*', 'annullamento', 'cancellare l’ordine', "cancellare l'ordine"],
    discount: ['sconto', 'scont*', 'coupon', 'buono', 'risarcimento', 'rimborso parziale', 'prezzo più basso'],
    information: [
      'dov’è',
      "dov'è",
      'dove si trova',
      'quando arriva',
      'quando arriverà',
      'potete dirmi',
      'può dirmi',
      'mi fate sapere',
      'novità',
      'informazion*',
      'numero di tracciamento',
      'quanto tempo',
    ],
    exchange: ['cambio', 'cambiare', 'cambiarlo', 'altra taglia', 'taglia più grande', 'taglia più piccola', 'altro colore'],
  },
  threats: {
    chargeback: ['chargeback', 'storno', 'la mia banca', 'contestare il pagamento', 'carta di credito'],
    bad_review: ['recensione negativa', 'pessima recensione', 'una stella', '1 stella', 'feedback negativo', 'valutazione negativa'],
    legal: ['avvocato', 'denuncia', 'denunciare', 'tribunale', 'vie legali', 'azione legale', 'giudice di pace'],
    dispute: ['controversia', 'contestazione', 'aprire una contestazione', 'reclamo', 'garanzia dalla a alla z', 'a-z'],
    report: ['segnalare', 'segnalazione', 'associazione consumatori', 'codacons', 'antitrust'],
  },
  negators: ['non voglio', 'non chiedo', 'non mi serve', 'non ho bisogno', 'invece di', 'invece del', 'invece della', 'piuttosto che', 'non desidero'],
  postNegators: ['non serve', 'non è necessario', 'non mi interessa'],
  breaks: ['ma', 'però', 'bensì', 'tuttavia'],
};
