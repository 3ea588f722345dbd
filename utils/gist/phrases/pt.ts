import type { PhraseSet } from './phrase-set';

export const pt: PhraseSet = {
  asks: {
    refund: ['reembolso', 'reembols*', 'estorno', 'estorn*', 'meu dinheiro de volta', 'dinheiro de volta', 'devolução do dinheiro', 'devolvam meu dinheiro', 'devolver o dinheiro', 'ressarcimento'],
    replacement: ['reposição', 'substituição', 'substituir', 'mandem outro', 'enviem outro', 'enviar outro', 'mandar outro', 'um novo', 'outro produto', 'reenvio', 'reenviar'],
    return: ['devolução', 'devolver o produto', 'devolver', 'devolvê-lo', 'devolve-lo', 'etiqueta de devolução', 'código de postagem'],
    cancel: ['cancelar', 'cancel*', 'cancelamento'],
    discount: ['desconto', 'cupom', 'abatimento', 'compensação', 'reembolso parcial', 'preço menor'],
    information: [
      'cadê',
      'cade',
      'onde está',
      'onde esta',
      'quando chega',
      'quando vai chegar',
      'podem me informar',
      'pode me informar',
      'gostaria de saber',
      'alguma novidade',
      'informação',
      'informações',
      'código de rastreio',
      'status do pedido',
      'quanto tempo',
    ],
    exchange: ['troca', 'trocar', 'trocá-lo', 'outro tamanho', 'tamanho maior', 'tamanho menor', 'outra cor'],
  },
  threats: {
    chargeback: ['chargeback', 'contestar no cartão', 'contestar a compra', 'meu banco', 'operadora do cartão', 'administradora do cartão'],
    bad_review: ['avaliação negativa', 'avaliar mal', 'uma estrela', '1 estrela', 'péssima avaliação', 'reclame aqui'],
    legal: ['advogado', 'processo', 'processar', 'justiça', 'juizado', 'ação judicial', 'medidas legais', 'pequenas causas'],
    dispute: ['disputa', 'abrir uma disputa', 'abrir disputa', 'reclamação', 'garantia de a a z', 'a-z'],
    report: ['procon', 'denunciar', 'denúncia', 'consumidor.gov', 'órgãos de defesa', 'defesa do consumidor'],
  },
  negators: ['não quero', 'nao quero', 'não preciso', 'não estou pedindo', 'em vez de', 'ao invés de', 'não desejo'],
  postNegators: ['não é necessário', 'não precisa', 'não quero'],
  breaks: ['mas', 'porém', 'e sim', 'contudo'],
};
