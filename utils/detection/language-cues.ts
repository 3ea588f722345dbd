/**
 * Very frequent words that belong to one Latin-script language only (function words, everyday
 * verbs). The n-gram model confuses close relatives on short messages (es/pt/it, nl/de/en); one
 * exclusive function word settles most of those. Words shared by two languages are left out.
 */
const CUES: Record<string, string> = {
  pt: 'não nao você vocês voce vc é são também muito muita isso isto ele ela eles elas dele dela deles nós uma umas uns ao aos à às pelo pela pelos pelas num numa neste nesta nesse nessa naquele nas em tem têm tenho temos vou vai vamos foi fui estou estava estão eu meu minha meus minhas obrigado obrigada então ainda agora onde aqui tudo já só até depois coisa gente fazer lhe pra pro né seu quero queria pode recebi chegou enviado entrega pedido produto',
  es: 'el los las pero muy usted ustedes ella ellos ellas hay yo soy eres estoy estás están tengo tiene tienen quiero puedo puede qué cómo dónde cuándo también gracias ahora aquí allí hacer nunca siempre mucho mucha muchos nada les bien sus ese esa eso esto estos estas han hemos sé ni sí hola recibí llegó pedido envío mis gustaría',
  it: 'che è gli della delle dello degli nel nella nei sono questo questa quello quella anche ci ho hai abbiamo avete hanno io lei noi voi loro molto perché dove niente grazie ancora già più può così fatto essere stato suo tuo mio alla allo dal dalla sul sulla oggi ieri domani voglio bene ciao buongiorno ordine spedizione ricevuto arrivato',
  fr: 'je j nous vous ils elle elles les une est et c n pas avec pour sur dans très être avoir avons avez ont suis sont été ce cette ces mon ton tes ses leur au aux oui merci bonjour rien tout toujours jamais peut fait faire où ça moi toi quoi pourquoi aussi commande reçu colis livraison',
  en: 'the and are were you she it they of for with that this have has had not does did don\'t can would my your his their what where when why how there be been at by from but if or very just all him them our us yes thanks please order received package',
  nl: 'het een van ik jij hij zij wij jullie niet zijn heb hebt heeft hebben bent dat dit deze voor op aan om maar ook nog wel naar uit bij zo kan kunt kunnen wil moet zal zou mijn jouw uw hem ons onze wat waar waarom hoe nee dank bedankt graag alstublieft geen veel niets iets heel bestelling pakket ontvangen',
  de: 'der das den dem ein eine einen einem einer und ist sind ich sie wir nicht kein keine mit für auf zu von bei nach aus wo warum wer nein danke bitte habe hast hat haben bin bist kann muss wird werden mein meine dein sein auch noch schon nur sehr aber oder wenn dass sich mir mich dir dich ihm ihn uns euch heute immer bestellung paket erhalten',
  id: 'saya aku kamu kami kita mereka yang ke dari ini itu tidak tak bukan ada akan sudah belum sedang bisa dengan untuk pada apa siapa mana kenapa mengapa bagaimana juga sangat lagi harus ingin tahu punya semua banyak orang adalah hanya karena tapi tetapi atau jika kalau sekarang besok kemarin terima kasih',
  tr: 'bir bu şu ve sen biz siz onlar değil var yok için ile gibi çok daha ama evet hayır teşekkür teşekkürler lütfen nasıl neden nerede kim şey hiç sonra önce şimdi bugün yarın dün mı mu mü sipariş kargo',
  pl: 'nie jest się w z że co jak ale czy tak mam masz jestem jesteś są był była było tego tej mój moja twój jego jej wy oni ty ona ono już bardzo tylko może tutaj dlaczego gdzie kiedy dziękuję proszę przez dla od przed nad pod bez zamówienie paczka',
  // Russian typed in Latin letters ("zakaz ne prishel"): the buyer is still a Russian speaker.
  ru: 'zakaz zakaza tovar posylka posylku pozhaluysta pozhalujsta spasibo privet zdravstvuyte kogda gde prishel prishla prishlo dengi menya ochen uzhe mozhno pochemu vernite otmenite nichego',
  vi: 'không có của là và tôi bạn anh chị một này được những cho với người đi đã sẽ đang rất làm gì ở thì mà nó chúng họ cái khi nào vì nhưng nếu cũng như đây đó biết muốn phải',
};

let index: Map<string, string> | null = null;

/** word -> language; built once. */
export function cueIndex(): Map<string, string> {
  if (index) return index;
  index = new Map();
  const shared = new Set<string>();
  for (const [lang, words] of Object.entries(CUES)) {
    for (const w of words.split(' ')) {
      const other = index.get(w);
      if (other && other !== lang) shared.add(w);
      index.set(w, lang);
    }
  }
  // A word listed under two languages says nothing about either.
  for (const w of shared) index.delete(w);
  return index;
}

/** Votes per language from exclusive words in `text` (already lower-cased). */
export function cueVotes(words: readonly string[]): Map<string, number> {
  const idx = cueIndex();
  const votes = new Map<string, number>();
  for (const w of words) {
    const lang = idx.get(w);
    if (lang) votes.set(lang, (votes.get(lang) ?? 0) + 1);
  }
  return votes;
}
