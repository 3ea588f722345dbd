import type { PhraseSet } from './phrase-set';

export const fr: PhraseSet = {
  asks: {
    refund: ['remboursement', 'rembours*', 'récupérer mon argent', 'mon argent', 'me rendre mon argent'],
    replacement: ['remplacement', 'remplacer', 'en renvoyer un', 'renvoyer un autre', "m'envoyer un autre", 'un nouveau', 'un autre exemplaire', 'renvoi'],
    return: ['retour', 'retourner', 'renvoyer le colis', 'étiquette de retour', 'le renvoyer', 'la renvoyer'],
    cancel: ['annuler', 'annul*', 'annulation'],
    discount: ['réduction', 'remise', 'rabais', 'geste commercial', 'dédommagement', 'bon de réduction', 'remboursement partiel'],
    information: [
      'où est',
      'ou est',
      'quand vais-je',
      'quand est-ce',
      'pouvez-vous me dire',
      'pourriez-vous me dire',
      'me tenir informé',
      'des nouvelles',
      'numéro de suivi',
      'information',
      'renseignement*',
      'combien de temps',
    ],
    exchange: ['échange', 'échanger', 'echang*', 'une autre taille', 'taille au-dessus', 'taille en dessous', 'une autre couleur'],
  },
  threats: {
    chargeback: ['opposition', 'ma banque', 'rétrofacturation', 'contester le paiement', 'carte bancaire'],
    bad_review: ['mauvais avis', 'avis négatif', 'mauvaise note', 'une étoile', '1 étoile', 'mauvaise évaluation'],
    legal: ['avocat', 'tribunal', 'justice', 'porter plainte', 'plainte', 'poursuites', 'action en justice', 'mise en demeure'],
    dispute: ['litige', 'ouvrir un litige', 'réclamation', 'garantie a à z', 'a-z'],
    report: ['signaler', 'dgccrf', 'signalconso', 'association de consommateurs', 'répression des fraudes'],
  },
  negators: ['ne veux pas', 'veux pas', 'ne souhaite pas', 'souhaite pas', 'pas besoin', 'ne demande pas', 'au lieu de', 'au lieu d', 'plutôt que', 'pas de', "pas d'"],
  postNegators: ["n'est pas nécessaire", 'pas nécessaire'],
  breaks: ['mais', 'par contre', 'cependant'],
};
