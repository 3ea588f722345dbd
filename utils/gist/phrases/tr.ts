import type { PhraseSet } from './phrase-set';

export const tr: PhraseSet = {
  asks: {
    refund: ['para iadesi', 'paramı iade', 'paramı geri', 'param iade', 'ücret iadesi', 'geri ödeme', 'iade edin', 'paramı istiyorum'],
    replacement: ['yenisini', 'yenisi', 'yeni ürün', 'tekrar gönder*', 'yeniden gönder*', 'başka bir tane', 'yedek ürün'],
    return: ['iade etmek', 'iade et*', 'geri göndermek', 'geri gönder*', 'iade kodu', 'iade talebi', 'iade*'],
    cancel: ['iptal*'],
    discount: ['indirim*', 'kupon', 'tazminat', 'kısmi iade', 'fiyat farkı'],
    information: ['nerede', 'ne zaman', 'bilgi*', 'takip numarası', 'kargo takip', 'söyler misiniz', 'öğrenebilir miyim', 'ne kadar sürer'],
    exchange: ['değişim', 'değiştir*', 'başka beden', 'bir beden büyük', 'bir beden küçük', 'başka renk', 'farklı renk', 'farklı beden'],
  },
  threats: {
    chargeback: ['bankama', 'bankaya', 'kartıma itiraz', 'harcama itirazı', 'ters ibraz', 'chargeback'],
    bad_review: ['kötü yorum', 'olumsuz yorum', 'olumsuz değerlendirme', 'tek yıldız', '1 yıldız', 'kötü puan'],
    legal: ['avukat*', 'mahkeme*', 'dava*', 'yasal işlem', 'hukuki'],
    dispute: ['anlaşmazlık', 'itiraz*', 'şikayet açacağım', 'a-z'],
    report: ['tüketici hakem heyeti', 'tüketici hakem', 'şikayetvar', 'şikayet edeceğim', 'şikayet*', 'tüketici hakları'],
  },
  negators: ['yerine'],
  postNegators: ['istemiyorum', 'istemem', 'istemiyoruz', 'gerek yok', 'yerine', 'değil', 'gerekmiyor'],
  breaks: ['ama', 'fakat', 'ancak', 'lakin'],
};
