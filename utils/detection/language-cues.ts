/**
 * Very frequent words (function words, everyday verbs and nouns) of the languages that share a script
 * and confuse the n-gram model on short messages: es/pt/ca/it, nl/af/de/en, da/nb/sv, cs/sk/pl,
 * et/fi, id/ms/tl, lt/lv, ru/uk/be/bg/kk. Written from knowledge of the languages (not mined from
 * any evaluation data).
 *
 * A key names one language or several ("da nb"): a word votes for every language it is listed under,
 * so a word shared by close relatives still tells them from the rest. A word common in a language
 * must be listed under it wherever it is listed at all, or it would vote against that language.
 */
const CUES: Record<string, string> = {
  // ── Romance ──────────────────────────────────────────────────────────────────────────────────────
  pt: 'não nao você vocês voce vc são também tambem muito muita muitos muitas isso isto ela eles elas dele dela deles delas nós uma umas uns ao aos à às pelo pela pelos pelas num numa neste nesta nesse nessa naquele nas tem têm tenho temos vou vai vamos foi fui estou estava estão estao minha meus minhas obrigado obrigada então entao ainda agora onde tudo já só até depois coisa fazer lhe pra né quero queria pode recebi chegou enviado produto os mesmo outro outra outros alguém ninguém hoje amanhã ontem lá ali acho tinha fez faz coisas senhor menino menina cachorro cão carro dinheiro água trabalho livro homem mulher pai mãe filho filha irmão irmã cidade está esta este estes essa esse aquele aquela nunca nada todo todos algo vez desde sabe porque por para como comprei encomenda pedido entrega',
  'pt ca': 'meu seu com sou dona escola',
  'pt ro': 'eu ele',
  'pt es': 'mas nada nunca todo todos algo desde sabe porque por para como está esta este vez carro gato semana comida agua mundo gente amigo país',
  'pt it': 'sei disse tempo sempre e',
  'pt fr': 'mais ou livre',
  'pt de': 'um',
  'pt tl': 'ano anos',
  es: 'el los las pero muy usted ustedes ellos ellas hay yo soy eres estoy estás estas están tengo tiene tienen quiero puedo puede qué cómo dónde cuándo también gracias ahora allí hacer siempre mucho mucha muchos bien sus ese esa eso esto estos hemos hola recibí llegó envío mis gustaría y del al con cuando donde nadie alguien mismo otro otra otros hasta entonces luego mañana ayer hoy allá creo dijo fue estaba tenía había hace hizo veces señor niño niña chico chica perro coche dinero trabajo día año años tiempo hombre mujer padre madre hijo hija hermano hermana ciudad pedido entrega nada nunca todo todos algo desde sabe porque por para como está esta este vez gato semana comida agua mundo gente amigo país libro sin tú sé sí ni',
  'es ca': 'el ella hola aquí aqui sé sí del al saben una',
  'es ca ro': 'el',
  'es fr': 'bien son y',
  'es it': 'con lo padre madre libro',
  'es pt ca': 'aqui era cosa vida dos',
  'es et': 'mis',
  'es tl': 'pero ay',
  'es pt ro': 'este',
  'es ga': 'tú sin',
  'es ga ca': 'sé sí',
  'es sv tl ca': 'ni',
  it: 'che è gli della delle dello degli nel nella nei sono questo questa quello quella anche ci ho hai abbiamo avete hanno io lei noi voi loro molto perché dove niente grazie ancora già più può così fatto essere stato suo tuo mio alla allo dal dalla sul sulla oggi ieri domani voglio bene ciao buongiorno ordine spedizione ricevuto arrivato il di non per con come lui tutto tutti qui qua là adesso ora poi dopo prima grande piccolo nuovo vecchio cane gatto ragazzo ragazza uomo donna figlio amico soldi acqua lavoro giorno settimana mese anno tempo vita città paese mondo gente avere fare dire andare venire vedere sapere volere potere dovere devo deve posso puoi vuoi vuole sai siamo siete sei era e sempre mai lo padre madre libro',
  'it ro': 'noi voi ci hai ieri ora',
  'it ca': 'ho li per nostra vostra',
  'it fr': 'il non lui là qui',
  'it fr ca': 'qui',
  'it id ms': 'di',
  'it en': 'come',
  'it ro vi ca': 'mai',
  fr: 'je j nous vous ils elle elles les une est et c n pas avec pour sur dans très être avoir avons avez ont suis sont été ce cette ces mon ton tes ses leur au aux oui merci bonjour rien tout toujours jamais peut fait faire où ça moi toi quoi pourquoi aussi commande reçu colis livraison le des ne qui par son leur notre votre mais ou donc tous toute personne quelque chose encore déjà maintenant aujourd hui demain ici là non salut sommes êtes dit dire peux veux veut sais sait vais allons allez vont vient lui eux comment quand combien homme femme enfant garçon fille père mère ami chien chat voiture argent eau travail livre jour semaine mois année temps vie ville pays monde gens paquet il y bien son',
  'fr ca': 'elles paquet temps tard les',
  'fr es ca': 'les',
  'fr ga': 'le',
  'fr ro': 'ce au',
  'fr lv': 'par',
  'fr cs sk': 'ne',
  'fr da nb': 'et',
  'fr et': 'homme',
  ca: 'amb els dels als pels pel però perquè molt molta molts moltes és són sóc soc ets està estàs estic estem esteu estan tinc tens té tenim teniu tenen vull vols vol volem voleu volen puc pots podem podeu poden faig fas fem feu vaig vas vam vau saps sap sabem sabeu dic dius diu diuen ell nosaltres vosaltres ells meva meus meves teu teva teus seva seus nostre vostre aquest aquesta aquests aquestes aquell aquella això allò allà ara avui demà ahir res ningú algú tots totes també encara doncs sinó què quin quina quins quines quan quant quanta quants gràcies plau bona nit adéu fins acord bé ho li hem heu havia hagut estat fet dit vist anat vingut pogut volgut anar fer veure dir menjar beure parlar voler tenir sortir arribar trucar rebut enviat comanda paquet diners botiga cotxe gos gat noi noia nen nena pare mare fill filla germà germana amic amics feina llibre aigua setmana any anys temps més menys gaire gens bastant prou potser aviat tard fora dins sota davant darrere per tot com meu seu sou dona escola sempre mai cap hi us el ella una aquí',
  'ca da nb sv': 'som',
  'ca pt': 'com meu seu sou dona escola havia',
  'ca ro nl': 'tot',
  'ca ro': 'pot',
  'ca it': 'fa',
  'ca vi': 'quan',
  'ca da nb': 'jo',
  'ca sv': 'hem',
  ro: 'și să nu este sunt am ai are avem aveți au eu tu ea noi voi ei ele ce cine unde când cum pentru că dar sau mai foarte bine mulțumesc multumesc vă rog acum azi mâine ieri aici acolo acest această aceasta acesta asta ăsta mea tău lui nostru vostru lor cu pe la din în prin despre fără până după înainte vreau poți pot poate trebuie știu știi fac făcut spus zis mers venit văzut unei unui nici niciodată mereu totul nimic cineva ceva comandă colet livrare bani casă câine pisică băiat fată femeie bărbat tată mamă mașină apă mâncare școală muncă zi săptămână lună timp si sa ca fara pana dupa inca încă aceea acela avea era fost fi foarte iar deci doar vrea vrei spune sa-mi mi-a',
  'ro lt': 'dar',
  'ro vi': 'sau',
  'ro nl da': 'nu',
  'ro de en': 'am',
  'ro en': 'are',
  'ro et fi': 'ei',
  'ro tl sk': 'sa',
  // ── Germanic ─────────────────────────────────────────────────────────────────────────────────────
  en: "the and are were you she it they of for with that this have has had not does did don doesn didn can would my your his their what where when why how there be been at by from but if or very just all him them our us yes thanks please order received package is was he we her its to about could will should being who which here these those some any too now then today tomorrow yesterday thank hello want need know think like go going got get make made said say see come take give tell told time people man woman boy girl dog house money water work book day week year good bad big little new old isn won't can't i'm it's",
  'en af nl': 'is',
  'en af nl de': 'was',
  'en af': 'my',
  'en da tl': 'at',
  'en da nb': 'for',
  'en ga': 'an',
  'en pl cs sk': 'to',
  'en de': 'will',
  'en et': 'see need',
  'en tl': 'may',
  nl: "het een van ik jij je hij zij ze wij we jullie niet zijn heb hebt heeft hebben bent dat dit deze voor op aan om maar ook nog wel naar uit bij zo kan kunt kunnen wil moet zal zou mijn jouw uw hem ons onze wat waar waarom hoe nee dank bedankt graag alstublieft geen veel niets iets heel bestelling pakket ontvangen er al nu toen dan als omdat wie welk welke hier daar morgen gisteren vandaag altijd nooit niemand iemand alles goed mooi groot klein nieuw oud huis school werk geld boek auto hond kat jongen meisje vrouw man moeder vader kinderen kind mensen tijd jaar dag week water eten drinken slapen lezen schrijven spelen helpen geven nemen kopen betalen wachten blijven wonen kennen begrijpen weet gaat gaan kom komt zien zegt zeggen doet doen gedaan gezegd gehad gekomen gegaan geweest gezien misschien echt even heel 't 'n",
  'nl af':
    'het van dit op aan om maar ook nog wel uit kan wil moet ons wat waar hoe nee iets veel heel dat geen een voor graag al nou goed mooi hier daar alles man kat hond water werk boek geld dag week jaar weet gaan kom doen ek',
  'nl de': 'wie',
  'nl de af': 'hier',
  af: 'ek jy hy sy julle hulle nie vir sal baie nou gister môre more vandag dankie asseblief hoekom wanneer mekaar niks iemand niemand lekker kinders mense skool hardloop geëet gesê dis hierdie daardie sien praat sê seun meisie hom kar motor kos eet slaap lees skryf speel gee neem koop betaal wag bly woon ken verstaan probeer hou kry maak gedoen gehad gekom gegaan geweet gesien gekoop jammer ma pa vrou ook het van dit op aan om maar nog wel uit kan wil moet ons wat waar hoe nee iets veel heel dat geen een voor graag al goed mooi hier daar alles man kat hond water werk boek geld dag week jaar weet gaan kom doen is was my by te die n tyd huis klein groot nuwe ou mens werk gewees moes kon wou sou',
  'af de nl': 'die',
  'af nl': 'te',
  de: 'der das den dem ein eine einen einem einer und ist sind ich sie wir nicht kein keine mit für auf zu von bei nach aus wo warum wer nein danke bitte habe hast hat haben bin bist kann muss wird werden mein meine dein sein auch noch schon nur sehr aber oder wenn dass sich mir mich dir dich ihm ihn uns euch heute immer bestellung paket erhalten die du er ihr es im am vom zum zur über unter vor hinter neben zwischen wie was wann habt kannst können musst müssen will willst wollen wurde war waren gewesen deine seine ihre unser weil morgen gestern nie hier jetzt gut viel mehr alles nichts etwas jemand mann frau kind kinder katze haus geld wasser arbeit buch tag woche jahr zeit leben stadt welt leute ach nach',
  'de da nb': 'der er',
  'de da nb sv': 'den dem du',
  'de sk': 'ich',
  'de pl sk af': 'nie',
  'de da nb nl': 'morgen',
  'de ga': 'ach nach',
  'de hu': 'hat',
  // ── Scandinavian ─────────────────────────────────────────────────────────────────────────────────
  'da nb':
    'jeg ikke er har det og en et til fra med om på hvis hvor hvem hvordan hvorfor når også bare skal vil kan kunne skulle ville måtte burde sammen hjem hjemme alle ingen ingenting noe noen nok jo vel selv han hun de vi dem deres hans ham dette denne disse der her spise drikke sove god godt stor ny gammel barn hund hus bil skole dag tid år penger mange synes tror sagt kommet gikk går får står ser kommer ligger var så sa hos før dårlig borte fordi mens derfor',
  nb: 'hva noe noen mye nå meg deg seg dere av ble blitt etter ut opp bok tok gikk fikk hadde sier kjøpe kjøpt vet liker sånn veldig gjerne mer enn lenge fortsatt ennå aldri nei hei takk hvit mann venn hjelp hjelpe gjøre gjør gjorde gjort kjenner kjøre kjære øye høy stein litt lite mat gate uke spørre trenger prøvde likte kanskje rett slutt tatt sett vært gått fått mot uten mellom igjen tenke tenker lese leser eldre barna jente gutt kvinne katt jobb arbeid arbeide snill unnskyld hyggelig klokka drakk visste blir tar gir spør sitter lager heter melk vann alltid riktig deilig reise hennes henne vår våre vårt ditt mitt sitt din min sin ei bra kveld',
  da: 'hvad noget nogen meget nu mig dig sig jer af blev blevet efter ud op bog tog gik fik havde siger købe købt ved sådan gerne mere end længe stadig endnu aldrig nej hej tak hvid mand ven hjælp hjælpe gøre gør kender køre kære øje høj sten lidt lille mad gade uge spørge behøver prøvede måske ret slut taget været gået fået uden mellem igen tænke tænker læse læser ældre børnene børn pige dreng kvinde kat job arbejde arbejder venlig undskyld hyggeligt klokken drak vidste sagde bliver tager giver spørger sidder laver hedder mælk vand altid vores jeres hendes hende nogle hvornår dårligt rigtig rigtigt sjovt pæn smuk dejlig rejse lave lavet din min sin dit mit sit kun',
  sv: 'jag inte är och att det vad hur varför mig dig sig har kan vill ska skulle med på för till av från om en ett hon han vi ni de dem min mitt din ditt hans hennes vår er deras tack hej nej ja bara också mycket lite något någon inget ingen allt alla här där nu då sedan redan alltid aldrig kanske igen idag imorgon igår bra dålig stor liten ny gammal gå kom kommer gör göra säger sa vet ser finns fick får tar ge ger vara varit blev bli blir hade haft måste kunde ville skall behöver sover äter dricker läser skriver pratar talar förstår tycker tror älskar hjälpa hjälp vänta köpa betala pengar hus bil skola jobb arbete barn flicka pojke kvinna man mamma pappa bror syster vän vänner hund katt mat vatten kaffe öl bröd mjölk dag natt morgon kväll vecka månad år tid',
  'sv nb': 'vet blir tar bra lite liten mat katt jobb alltid mitt ditt hennes vår kveld natt',
  'sv da': 'nej hej aldrig igen blev',
  // ── Baltic / Finnic / Hungarian ──────────────────────────────────────────────────────────────────
  et: 'ma mina sina ta tema meie teie nad nemad see seda selle need mis kes kus millal miks kuidas kui aga või veel juba siin seal nüüd täna homme eile väga palju vähe hea halb suur väike uus vana tere aitäh palun jah mul sul tal meil teil neil oled olid oleme olete olnud saab tahan tahad tahab tean tead teab ütles ütlesin läks lähen nägin meeldib pean peab võin võib kas tänan pakk tellimus maja koer kass poiss tüdruk naine mees isa ema toit kool töö raamat päev nädal aasta aeg sest siis ainult midagi keegi kõik mitte pole ka',
  'et fi': 'ei on oli olen tuli näen saan ja',
  fi: 'minä sinä hän tämä tuo mikä kuka missä milloin miksi miten kuinka kun jos myös mutta vielä täällä siellä nyt tänään huomenna eilen hyvin paljon vähän hyvä huono iso pieni uusi vanha hei kiitos kyllä joo emme ette eivät olet olemme olette ovat olin olit haluan haluat haluaa tiedän tiedät tietää sanoi menin menen pidän minun sinun hänen meidän teidän heidän minulla sinulla hänellä minua sinua häntä talo koira kissa poika tyttö nainen mies isä äiti ruoka koulu työ kirja päivä viikko kuukausi vuosi aika että ole tämän siitä sitä niin sen kanssa mitä koska vain sitten ehkä pitää täytyy tehdä teki tein mennä tulla nähdä sanoa puhua puhun osaa osaan ymmärrän tarvitsen rakastan asuu asun syö juo nukkuu en',
  lv: 'viņš viņa mēs viņi nav bija būs un vai uz pie kāpēc kā ļoti arī vēl tagad šodien rīt paldies lūdzu jā nē labi esmu esam esat tev viņam mans tavs manu savu šī tā tas kas kur kad ka ar bet jau man mums jums jūs ir',
  'lv ga': 'ar',
  lt: 'aš jis ji jie yra nėra buvo bus į iš apie prie kodėl kaip kada labai taip pat dabar šiandien rytoj ačiū prašau gerai esu esame esate tau jam mano tavo kad su ir bet jau kas kur man mums jums jūs tu vakar šis ši tas ne dar',
  hu: 'és a az hogy nem van volt lesz egy ez mi ki hol mikor miért hogyan is de vagy már még csak nagyon köszönöm kérem igen én te ő ti ők vagyok vagyunk nekem neked neki szeretnék szeretem tudom tudod akarok kell lehet itt ott most ma holnap tegnap jó rossz nagy kicsi új régi amit ami aki azt ezt mert sem sok kis meg fel el le ki be',
  // ── Irish ────────────────────────────────────────────────────────────────────────────────────────
  ga: 'tá níl ní agus ar le go ach nó mé tú sé sí muid sibh siad mo ár bhur seo sin siúd cad cé cá cén conas cathain anois inniu amárach inné anseo ansin bhí beidh bheadh raibh bhfuil fuil ba dúirt chuaigh tháinig rinne chonaic fuair thug gur nach freisin fós riamh maith mór beag nua madra cailín buachaill athair máthair uisce bia scoil obair leabhar lá seachtain bliain airgead agam agat aige aici againn agaibh acu orm ort uirthi liom leat leis léi duit dó di uaim uait tusa mise eisean ise sinne sibhse iadsan í iad ag chun roimh faoi thar trí idir gan ná níor rud duine daoine an na is dtí mbeidh',
  'ga tl': 'mo ba',
  'ga pt': 'cá',
  // ── Slavic (Latin script) ────────────────────────────────────────────────────────────────────────
  pl: 'nie jest się w z że co jak ale czy tak mam masz jestem jesteś są był była było tego tej mój moja twój jego jej wy oni ty ona ono już bardzo tylko może tutaj dlaczego gdzie kiedy dziękuję proszę przez dla od przed nad pod bez zamówienie paczka ja mnie mi cię ci go mu nas was ich to tam teraz dzisiaj jutro wczoraj też także nic nikt nigdy zawsze wszystko coś ktoś który która które ile dobrze źle dzień tydzień miesiąc rok pieniądze dom pies kot chłopiec dziewczyna kobieta mężczyzna ojciec matka samochód woda jedzenie szkoła praca książka czas ludzie chcę chcesz chce mogę możesz wiem wiesz powiedział zrobić robić iść idę poszedł przyszedł lubię kocham będzie będę mają mamy jesteśmy nas',
  'pl cs sk': 'nie co jak ale tak oni ty ona ono od pod nad bez z to tam ja mi ci go mu nas vás',
  'pl cs': 'co jak',
  'pl sk': 'kto teraz moja dom',
  'pl tl cs sk': 'po',
  cs: 'jsem jsi je jsme jste jsou není nejsem nejsi nejsou byl byla bylo byli budu budeš bude budeme budete budou mám máš má máme máte mají nemám chci chceš chce chceme chtěl chtěla můžu mohu můžeš může můžeme nemůžu vím víš ví nevím řekl řekla říká dělat dělám děláš udělal udělat jít jdu jdeš jde šel šla přijít přišel přišla mluvit mluvím vidět vidím viděl líbí miluju rád ráda já ty on ona ono my vy oni mě mně mi tě ti ho mu jí nás vás jim jejich můj moje moji tvůj tvoje jeho její náš naše váš vaše co proč jak kde kdy kdo který která které kolik tady tam teď dnes zítra včera ještě už také taky i a ale nebo že protože když jestli jen jenom hodně moc velmi trochu nic nikdo nikdy vždy vždycky všechno všichni něco někdo pro přes bez od do na v ve s se z ze k ke u o po před za mezi děkuji děkuju díky prosím ano ne dobrý dobře špatně den týden měsíc rok peníze objednávka balík zásilka dům pes kočka holka dívka kluk chlapec žena muž otec táta matka máma auto voda jídlo škola práce kniha film hodina čas jsi není tohle toto tento tato ten ta to',
  sk: 'som si je sme ste sú nie bol bola bolo boli budem budeš bude budeme budete budú mám máš má máme máte majú nemám chcem chceš chce chceme chcel chcela môžem môžeš môže môžeme nemôžem viem vieš vie neviem povedal povedala hovorí robiť robím robíš urobil urobiť ísť idem ideš ide išiel išla prísť prišiel prišla hovoriť hovorím vidieť vidím videl páči ľúbim ja ty on ona ono my vy oni ma mne mi ťa ti ho mu jej nás vás im ich môj moja moje tvoj tvoja jeho náš naša váš vaša čo prečo ako kde kedy kto ktorý ktorá ktoré koľko tu tam teraz dnes zajtra včera ešte už tiež aj a ale alebo že pretože keď ak len veľa veľmi trochu nič nikto nikdy vždy všetko všetci niečo niekto pre cez bez od do na v vo s so z zo k ku u o po pred za medzi ďakujem vďaka prosím áno dobrý dobre zle deň týždeň mesiac rok peniaze objednávka balík zásielka dom pes mačka dievča chlapec žena muž otec matka mama auto voda jedlo škola práca kniha film hodina čas tento táto toto ten sa',
  'cs sk':
    'je mám máš má máme máte chce chceme chceš bude budeme budete budeš ty on ona ono my vy oni mi ti ho mu nás vás jeho kde tam dnes včera už a ale že nikdy vždy trochu bez od do na v s z k u o po za prosím dobrý rok pes žena muž otec matka auto voda škola kniha film hodina čas ten to',
  'sk et hu': 'ma',
  'sk tl': 'ako',
  // ── Austronesian ─────────────────────────────────────────────────────────────────────────────────
  'id ms':
    'saya aku kamu kami kita mereka yang ke dari ini itu tidak tak bukan ada akan sudah belum sedang dengan untuk pada apa siapa mana kenapa mengapa bagaimana juga sangat lagi ingin tahu punya semua banyak orang adalah hanya tapi tetapi atau jika kalau sekarang terima kasih di dia anda sama jadi baik bagus baru rumah makan minum pergi datang pulang kembali beli bayar harga mahal murah barang pesanan sekali masih pernah telah perlu dapat tolong maaf selamat pagi malam hari minggu bulan tahun jam lihat kerja sakit cuma nanti tadi lalu sebelum sejak seperti begitu oleh dalam atas bawah antara tentang kepada bisa',
  id: 'bisa nggak gak enggak engga sih dong kok aja banget udah gimana mau karena uang mobil besok kemarin paham pikir kamar toko bis taksi dokter sepatu celana kirim dikirim mengirim pengiriman rusak ukuran kapan harus setelah sesudah inggris prancis jepang spanyol istri laki telepon musik coba bilang ngerti ketemu berbicara bicara nonton kantor polisi apotek pacar teman sepeda bandara saat agar kalian tersebut merupakan yaitu yakni beda berbeda perbedaan mengerti senang ganteng silakan permisi siang sore mahasiswa universitas ngomong kasi lemari kulkas lift rupiah gratis seharusnya capek haus dingin parah telat kualitas aktivitas televisi paket dikit pengembalian',
  ms: 'boleh awak mahu kerana wang kereta esok semalam faham fikir bilik kedai bas teksi doktor kasut seluar hantar dihantar menghantar penghantaran rosak saiz bila apabila mesti patut sepatutnya kena isteri lelaki inggeris perancis jepun sepanyol telefon muzik filem cuba cakap bercakap berbual beritahu memberitahu tengok jumpa kawan rakan basikal ketika semasa selepas iaitu ialah beza berbeza perbezaan gembira kacak sila petang pelajar universiti tandas almari ringgit percuma baharu sahaja bungkusan pulangan bayaran balik lepas nak hendak tiada takde korang encik puan cik cikgu budak kanak sentiasa amat betul teruk penat dahaga sejuk seronok macam kualiti aktiviti televisyen polis pejabat motosikal duit sikit ramai emak mak tengah tingkat sesiapa apa-apa',
  'id ms tl': 'kami kita lagi',
  'id tl': 'ito',
  tl: 'ang ng mga sa na ay at si ni kay ako ikaw ka siya kami tayo kayo sila ko mo niya namin natin ninyo nila akin iyo kanya amin atin inyo kanila ito iyan iyon dito diyan doon hindi oo opo po ba pa lang din rin daw raw naman talaga kasi pero dahil kung kapag kailan saan ano sino bakit paano ilan magkano may mayroon wala gusto ayaw kailangan puwede pwede maaari alam salamat sige ngayon bukas kahapon mamaya lagi palagi minsan marami konti kaunti maganda mabuti masama malaki maliit bago luma bahay aso pusa bata lalaki babae tatay nanay kotse tubig pagkain paaralan trabaho araw buwan taon oras pera kumain uminom matulog pumunta dumating nakita sinabi ginawa bumili nagbayad naghihintay nang kanyang kaniyang iyong aking ating tayong mong kong yung yun nga',
  'tl et': 'ka',
  // ── Turkish, Vietnamese ──────────────────────────────────────────────────────────────────────────
  tr: 'bir bu şu ve sen biz siz onlar değil var yok için ile gibi çok daha ama evet hayır teşekkür teşekkürler lütfen nasıl neden nerede kim şey hiç sonra önce şimdi bugün yarın dün mı mu mü sipariş kargo ben o ne da de mi',
  vi: 'không có của là và tôi bạn anh chị một này được những cho với người đi đã sẽ đang rất làm gì ở thì mà nó chúng họ cái khi nào vì nhưng nếu cũng như đây đó biết muốn phải',
  // ── Russian (Cyrillic) and its neighbours ────────────────────────────────────────────────────────
  ru: 'ты он она оно мы вы они меня тебя его её ее их мне тебе ему ей нам вам им это этот эта эти что чтобы как где когда почему зачем кто какой какая какие сколько здесь сейчас сегодня вчера уже ещё еще тоже также очень много мало хорошо плохо нет и но или если потому был была было были будет буду будешь есть может можно нельзя нужно надо могу можешь знаешь знает сказал сказала говорит делать сделал иду идёт пошёл пришёл видел нравится спасибо пожалуйста здравствуйте привет пока мой моя моё мои твой твоя свой всё все весь ничего никто никогда всегда для от из с о об перед между заказ посылка товар деньги дом собака кошка мальчик девочка женщина мужчина отец машина вода еда школа работа книга день неделя месяц год время человек люди тут там завтра хочу знаю люблю',
  'ru uk be': 'тут там я хочу люблю так',
  'ru uk': 'знаю завтра люди все',
  'ru bg': 'как или вчера много от с под',
  'ru be': 'ты мы вы мой дом год',
  'ru bg be': 'да',
  uk: 'ти він вона воно ми ви вони мене тебе його її нас вас їх мені тобі йому їй нам вам їм це цей ця ці що щоб як де коли чому навіщо хто який яка які скільки тут зараз сьогодні вчора вже ще теж також дуже багато погано так ні і й але або якщо тому був була було були буде буду будеш є немає може можна треба потрібно хочеш хоче хотів можу можеш знаєш знає сказав сказала говорить робити зробив йду йде пішов прийшов бачив подобається дякую будь ласка привіт вітаю мій моя моє мої твій твоя свій всі нічого ніхто ніколи завжди хтось щось від з у про під між замовлення посилка гроші дім кіт хлопчик дівчинка жінка чоловік батько їжа робота людина тиждень місяць рік час добре',
  'uk bg': 'ти ми ви ще може добре',
  'uk be': 'як ні час зараз',
  be: 'ён яна яно яны мяне цябе яго яе іх табе яму ёй ім гэта гэты гэтая гэтыя што каб дзе калі чаму навошта хто які якая якія колькі сёння заўтра учора ўжо ужо яшчэ таксама вельмі шмат мала добра дрэнна ці таму быў была было былі будзе буду будзеш ёсць няма можа можна нельга трэба хачу хочаш хоча хацеў магу можаш ведаю ведаеш ведае сказаў сказала гаворыць рабіць зрабіў іду ідзе пайшоў прыйшоў бачыў падабаецца дзякуй ласка прывітанне вітаю мая маё мае твая наш ваш свой усё усе ўсе увесь нічога ніхто ніколі заўсёды нехта нешта ад праз пад перад паміж ў па пасылка тавар грошы сабака кот хлопчык дзяўчынка жанчына мужчына бацька машына вада ежа праца кніга дзень тыдзень чалавек людзі і',
  'be bg': 'няма',
  bg: 'аз ти той тя то ние вие те мен теб него нея нас вас тях ми му ѝ ни ви им го ги това този тази тези какво защо къде кога кой коя кое кои колко тук сега днес утре вече още също малко добре лошо ако защото беше бях бяхме бяха ще съм си е сме сте са има може можеш трябва искам искаш иска исках мога знам знаеш знае каза казва прави направи отивам отиде дойде видях обичам харесвам благодаря моля здравей здравейте чао мое мои твой твоя свой всичко всички нищо никой никога винаги някой нещо за до без през над пред между към поръчка пратка стока пари къща куче котка момче момиче жена мъж баща майка кола храна училище работа книга ден седмица месец година време човек хора не на в по',
  kk: 'мен сен сіз ол біз сендер сіздер олар мені сені оны бізді маған саған оған бізге менің сенің оның біздің бұл осы сол не неге қалай қайда қашан кім қандай қанша мұнда сонда қазір бүгін ертең кеше енді әлі өте көп аз жақсы жаман иә жоқ емес және бірақ немесе егер себебі болды болады бар мүмкін керек келеді білемін айтты барамын келді көрдім рахмет өтінемін сәлем барлық ешкім ешқашан әрқашан біреу үшін дейін туралы тапсырыс ақша үй ит мысық бала қыз әйел әке ана көлік су тамақ мектеп жұмыс кітап күн апта ай жыл уақыт адам адамдар',
};

/**
 * Russian typed in Latin letters ("privet, gde moy zakaz"): the buyer is still a Russian speaker. Only
 * words that are not also ordinary words of a Latin-script language of ours.
 */
const TRANSLIT_RU =
  'privet privetik zdravstvuyte zdravstvujte zdrastvuyte zdraste dobryy dobryj dobriy dobroe dobrogo gde kogda pochemu pochimu chto shto chtoby eto etot eta kak kakoy kakoj skolko skoka zakaz zakaza zakazal zakazala zakazy tovar tovara posylka posylku posylki posilka pozhaluysta pozhalujsta pojaluista pozhalusta pliz spasibo spasib spsb ochen uzhe uje yeshche eshche esche eshe seychas sejchas sechas segodnya sevodnya zavtra vchera khorosho horosho harasho plokho ploho mozhno nelzya nado nuzhno khochu hochu mogu znayu ponyal ponyala poluchil poluchila poluchit otpravili otpravil otpravlen otpravka dostavka dostavku dostavki dengi vozvrat vernite verni otmenite otmena prishel prishyol prishla prishlo prishli prishol kuda pochta pochtoy nomer budet byl byla bylo nichego nichto vsyo vsio menya mne tebya tebe vam vas yego yeyo ikh zdes potomu potomuchto yesli esli tolko davno mesyats mesyac nedelya nedeli nedelyu dney kupil kupila prodavets prodavec magazin razmer tsvet cvet kachestvo slomano slomalsya slomalas brak pomogite pomoshch skazhite skazhi podskazhite napishite otvet otvette zhdu zhdat zhdal zhdala gde-to vernut vernuli den`gi deneg dengi pokupka kupit oplatil oplatila oplata sdelal sdelala sdelat voobshche vobshe kstati ladno khorosh normalno nichego pozhe ran’she ranshe ya moy moya moi moyo tvoy vy oni ona';

/** Romanised Hindi ("mera order kab aayega"): the buyer writes Hindi in Latin letters. */
const TRANSLIT_HI =
  'nahi nahin kya kyun kyon kaise kaisa mera meri mere mujhe aap aapka aapki aapko hain raha rahi rahe bhai kab kahan abhi bahut accha achha acha theek thik paisa paise wapas diya gaya gayi hua hui karo kijiye kripya dhanyavad dhanyawad shukriya aayega ayega milega bhejo bheja chahiye lekin aur';

type Index = Map<string, readonly string[]>;
let index: Index | null = null;

/** word -> the languages it is a cue for; built once. */
export function cueIndex(): Index {
  if (index) return index;
  const sets = new Map<string, Set<string>>();
  const add = (langs: string[], words: string) => {
    for (const w of words.split(/\s+/)) {
      if (!w) continue;
      const word = w.normalize('NFKC').toLowerCase();
      let set = sets.get(word);
      if (!set) sets.set(word, (set = new Set()));
      for (const l of langs) set.add(l);
    }
  };
  for (const [key, words] of Object.entries(CUES)) add(key.split(' '), words);
  // Transliterations only where the word is no cue of a Latin-script language already.
  for (const [lang, words] of [
    ['ru', TRANSLIT_RU],
    ['hi', TRANSLIT_HI],
  ] as const) {
    add(
      [lang],
      words
        .split(/\s+/)
        .filter((w) => !sets.has(w))
        .join(' '),
    );
  }
  index = new Map([...sets].map(([w, s]) => [w, [...s]]));
  return index;
}

/** Votes per language from cue words in `words` (already lower-cased). */
export function cueVotes(words: readonly string[]): Map<string, number> {
  const idx = cueIndex();
  const votes = new Map<string, number>();
  for (const w of words) {
    const langs = idx.get(w);
    if (langs) for (const lang of langs) votes.set(lang, (votes.get(lang) ?? 0) + 1);
  }
  return votes;
}
