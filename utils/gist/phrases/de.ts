import type { PhraseSet } from './phrase-set';

export const de: PhraseSet = {
  asks: {
    refund: ['rückerstattung', 'erstattung', 'erstatt*', 'geld zurück', 'mein geld', 'rückzahlung', 'zurückerstatt*'],
    replacement: ['ersatz', 'ersatzlieferung', 'ersatzartikel', 'neues exemplar', 'ein neues', 'neu schicken', 'nachliefer*', 'nochmal schicken', 'austausch'],
    return: ['rücksendung', 'zurücksenden', 'zurückschicken', 'retoure', 'retournieren', 'rücksendeetikett', 'zurückgeben'],
    cancel: ['stornieren', 'storno', 'stornierung', 'storn*', 'kündigen', 'abbestellen'],
    discount: ['rabatt', 'preisnachlass', 'nachlass', 'gutschein', 'entschädigung', 'teilerstattung', 'kulanz'],
    information: ['wo ist', 'wo bleibt', 'wann kommt', 'wann wird', 'können sie mir sagen', 'könnten sie mir sagen', 'bitte um info*', 'gibt es neuigkeiten', 'information*', 'wie lange'],
    exchange: ['umtausch', 'umtauschen', 'tauschen', 'andere größe', 'größere größe', 'kleinere größe', 'andere farbe', 'eine nummer größer', 'eine nummer kleiner'],
  },
  threats: {
    chargeback: ['rückbuchung', 'zurückbuchen', 'lastschrift zurück*', 'meine bank', 'kreditkartenfirma', 'chargeback'],
    bad_review: ['schlechte bewertung', 'negative bewertung', 'ein stern', 'einen stern', '1 stern', 'schlecht bewerten', 'negatives feedback'],
    legal: ['anwalt', 'rechtsanwalt', 'gericht', 'klage', 'verklagen', 'rechtliche schritte', 'mahnverfahren', 'anzeige'],
    dispute: ['streitfall', 'a-z-garantie', 'a-bis-z', 'reklamation', 'beschwerde einreichen', 'fall eröffnen'],
    report: ['melden', 'verbraucherzentrale', 'verbraucherschutz', 'bundesnetzagentur'],
  },
  negators: ['kein', 'keine', 'keinen', 'will nicht', 'möchte nicht', 'brauche nicht', 'statt', 'anstatt', 'anstelle', 'statt einer', 'nicht um'],
  postNegators: ['ist nicht nötig', 'nicht nötig', 'nicht notwendig', 'brauche ich nicht', 'will ich nicht', 'möchte ich nicht'],
  breaks: ['aber', 'sondern', 'jedoch', 'allerdings'],
};
