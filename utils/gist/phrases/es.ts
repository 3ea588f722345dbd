import type { PhraseSet } from './phrase-set';

export const es: PhraseSet = {
  asks: {
    refund: ['reembolso', 'reembols*', 'devolución del dinero', 'devuelvan mi dinero', 'devuelvan el dinero', 'mi dinero de vuelta', 'me devuelvan el dinero', 'devolver el dinero', 'reintegro'],
    replacement: ['reemplazo', 'reemplac*', 'reponer', 'reposición', 'envíen otro', 'enviar otro', 'mandar otro', 'manden otro', 'uno nuevo', 'otro nuevo', 'sustitución'],
    return: ['devolución', 'devolver el producto', 'devolverlo', 'devolverla', 'devolver el artículo', 'etiqueta de devolución'],
    cancel: ['cancelar', 'cancel*', 'anular', 'anulación'],
    discount: ['descuento', 'descuent*', 'cupón', 'rebaja', 'compensación', 'reembolso parcial', 'precio más bajo'],
    information: [
      'dónde está',
      'donde esta',
      'cuándo llega',
      'cuando llega',
      'cuándo va a llegar',
      'me pueden decir',
      'me puede decir',
      'podrían informarme',
      'información',
      'alguna novedad',
      'estado de mi pedido',
      'número de seguimiento',
      'cuánto tarda',
    ],
    exchange: ['cambio', 'cambiar', 'cambiarlo', 'cambiarla', 'otra talla', 'talla más grande', 'talla más pequeña', 'otro color'],
  },
  threats: {
    chargeback: ['contracargo', 'mi banco', 'el banco', 'la tarjeta de crédito', 'desconocer el cargo', 'reclamar al banco'],
    bad_review: ['mala reseña', 'reseña negativa', 'mala opinión', 'opinión negativa', 'una estrella', '1 estrella', 'valoración negativa', 'calificación negativa'],
    legal: ['abogado', 'denuncia', 'denunciar', 'demanda', 'demandar', 'acciones legales', 'vía legal', 'juzgado', 'tribunal'],
    dispute: ['disputa', 'abrir una disputa', 'reclamación', 'reclamo', 'garantía de la a a la z', 'a-z'],
    report: ['reportar', 'reportarlos', 'denunciarlos', 'consumo', 'oficina del consumidor', 'profeco', 'ocu', 'defensa del consumidor'],
  },
  negators: ['no quiero', 'no necesito', 'no pido', 'no busco', 'no me interesa', 'en vez de', 'en lugar de', 'ya no quiero'],
  postNegators: ['no es necesario', 'no hace falta', 'no lo quiero'],
  breaks: ['pero', 'sino', 'aunque', 'sin embargo'],
};
