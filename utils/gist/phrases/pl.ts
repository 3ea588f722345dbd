import type { PhraseSet } from './phrase-set';

export const pl: PhraseSet = {
  asks: {
    refund: ['zwrot pieniędzy', 'zwrot środków', 'zwrot kosztów', 'oddać pieniądze', 'oddajcie pieniądze', 'moje pieniądze', 'refundacj*'],
    replacement: ['wymiana na nowy', 'nowy egzemplarz', 'wysłać nowy', 'wyślijcie nowy', 'ponowna wysyłka', 'ponownie wysłać', 'nowy produkt'],
    return: ['zwrot towaru', 'zwrot produktu', 'zwrócić', 'odesłać', 'odeślę', 'etykieta zwrotna', 'zwrot*'],
    cancel: ['anulować', 'anulowa*', 'anulacj*', 'anuluj*', 'rezygnuję', 'odstąpienie od umowy'],
    discount: ['rabat', 'zniżka', 'zniżk*', 'obniżka', 'upust', 'rekompensat*', 'częściowy zwrot'],
    information: ['gdzie jest', 'kiedy dotrze', 'kiedy przyjdzie', 'kiedy będzie', 'proszę o informację', 'prosze o informacje', 'informacj*', 'numer przesyłki', 'numer śledzenia', 'jak długo'],
    exchange: ['wymiana', 'wymienić', 'wymian*', 'inny rozmiar', 'większy rozmiar', 'mniejszy rozmiar', 'inny kolor'],
  },
  threats: {
    chargeback: ['chargeback', 'mój bank', 'mojego banku', 'reklamacja w banku', 'obciążenie zwrotne', 'bank'],
    bad_review: ['negatywna opinia', 'negatywną opinię', 'negatywny komentarz', 'jedna gwiazdka', '1 gwiazdka', 'złą opinię', 'zła opinia'],
    legal: ['prawnik', 'prawnika', 'sąd', 'sądu', 'pozew', 'kroki prawne', 'na drogę sądową', 'adwokat*'],
    dispute: ['spór', 'otworzę spór', 'reklamacj*', 'gwarancja od a do z', 'a-z'],
    report: ['uokik', 'rzecznik konsumentów', 'rzecznika konsumentów', 'zgłoszę', 'zgłosić'],
  },
  negators: ['nie chcę', 'nie chce', 'nie potrzebuję', 'nie potrzebuje', 'zamiast', 'nie proszę o', 'nie interesuje mnie'],
  postNegators: ['nie jest potrzebny', 'nie jest potrzebna', 'nie potrzebuję', 'nie chcę'],
  breaks: ['ale', 'lecz', 'jednak'],
};
