/**
 * Words and phrases that label clutter, in English, Spanish, French, German, Portuguese and
 * Italian. A label alone never removes anything: the rules in clutter-rules.ts pair each match with
 * a structural check (link density, length, share links), so an article that merely says "share"
 * or "related" keeps its sentence.
 *
 * The patterns carry the `u` flag only where they need Unicode properties (`\p{…}`): V8 compiles
 * a pattern when it first runs, which for Sift is on every page, and a case-insensitive pattern
 * compiled with `u` costs about twice as much. Without `u` these literal, BMP-only patterns match
 * the same text.
 */
import { wordCount } from './clutter-dom';

/** Headings over blocks of links to other stories. Matched against the whole, short label. */
export const RELATED_LABEL = new RegExp(
  '^(?:' +
    [
      // English
      'you (?:may|might) (?:also )?(?:like|enjoy|be interested in)', 'related(?: (?:stories|articles|posts|news|content|coverage|reading|links|topics|videos))?(?: (?:from|on|in|about) .+)?',
      'more(?: (?:from|on|in|about|to read|like this)\\b.*| (?:\\S+ ){0,2}(?:stories|news|articles|posts))?', 'recommended(?: for you| stories| reading| articles)?', 'trending(?: now| stories)?',
      'read (?:more|next|also)', 'also read', 'see (?:also|more)', "don'?t miss", 'most (?:read|popular|viewed|shared)', 'popular(?: (?:now|stories|posts|this week|today))?',
      'top stories', 'latest(?: (?:news|stories|posts|articles))?', 'further reading', 'editor\'?s picks', 'what to read next', 'up next', 'keep reading',
      'recent (?:posts|articles|stories)', 'similar (?:posts|articles|stories)', 'other stories', 'around the web', 'sponsored (?:stories|content|links)', 'promoted stories',
      // Spanish
      'te puede interesar', 'también te puede interesar', 'le puede interesar', 'quizás te interese', 'noticias relacionadas', 'relacionad[oa]s',
      'art[ií]culos relacionados', 'lo m[aá]s (?:le[ií]do|visto|popular)', 'm[aá]s noticias', 'm[aá]s de .+', 'le[ea] tambi[eé]n', 'leer m[aá]s',
      'te recomendamos', 'recomendados?', 'tendencias', '[uú]ltimas noticias', 'ver tambi[eé]n', 'seguir leyendo',
      // French
      '(?:[àa] )?lire aussi', 'lire la suite', 'sur le m[êe]me sujet', 'articles? (?:li[ée]s|similaires|recommand[ée]s)', 'vous (?:aimerez|pourriez aimer) aussi',
      'les plus (?:lus|populaires|partag[ée]s)', '[àa] (?:voir|d[ée]couvrir|lire) (?:aussi|[ée]galement)', 'voir aussi', 'tendances', 'dans la m[êe]me rubrique',
      'nos recommandations', 'derni[eè]res (?:infos|actualit[ée]s)', 'plus d\'actualit[ée]s',
      // German
      'das k[öo]nnte (?:sie|dich) auch interessieren', 'auch interessant', 'lesen sie auch', 'mehr zum thema', 'mehr (?:aus|von|zu) .+', 'weitere (?:artikel|nachrichten|themen|beitr[äa]ge)',
      '[äa]hnliche (?:artikel|beitr[äa]ge)', 'meistgelesen', 'am meisten gelesen', 'empfehlungen', 'verwandte (?:artikel|themen)', 'weiterlesen', 'auch lesenswert',
      // Portuguese
      'voc[eê] (?:tamb[eé]m )?pode gostar', 'leia (?:tamb[eé]m|mais)', 'veja (?:tamb[eé]m|mais)', 'not[ií]cias relacionadas', 'mat[eé]rias relacionadas',
      'mais (?:lidas?|not[ií]cias|de .+)', 'recomendad[oa]s para voc[eê]', 'saiba mais', 'conte[uú]do relacionado', '[uú]ltimas not[ií]cias',
      // Italian
      'potrebbe (?:interessarti|anche interessarti)', 'leggi anche', 'ti potrebbe interessare', 'articoli correlati', 'notizie correlate', 'correlati',
      'i più letti', 'più lett[ie]', 'altre notizie', 'potrebbe piacerti', 'consigliati per te', 'vedi anche', 'altro da .+',
    ].join('|') +
    ')[\\s:.…»›>|-]*$',
  'i',
);

/** Prefixes of an inline pointer to another story, e.g. "READ MORE: Two diagnosed in Beijing". */
export const INLINE_RELATED_PREFIX = new RegExp(
  '^(?:' +
    [
      'related(?: (?:posts?|stor(?:y|ies)|articles?|coverage|reading|links?))?', 'read more', 'read also', 'also read', 'see more', 'see also', 'more', 'watch', 'listen', "don'?t miss", 'must read', 'recommended', 'opinion', 'trending',
      'lee (?:tambi[eé]n|m[aá]s)', 'lea tambi[eé]n', 'leer m[aá]s', 'ver tambi[eé]n', 'm[aá]s', 'te puede interesar', 'relacionad[oa]',
      '(?:[àa] )?lire (?:aussi|[ée]galement)', 'voir aussi', '[àa] voir', 'lesen sie (?:auch|mehr)', 'mehr zum thema', 'auch interessant', 'siehe auch',
      'leia (?:tamb[eé]m|mais)', 'veja (?:tamb[eé]m|mais)', 'saiba mais', 'leggi (?:anche|di più)', 'vedi anche', 'potrebbe interessarti',
    ].join('|') +
    ')\\s*[:|»>›–—-]\\s*\\S',
  'i',
);

/** Labels over a list of the story's tags or topics. */
export const TAGS_LABEL =
  /^(?:tags?|tagged(?: with| in)?|topics?|keywords|filed under|categor(?:y|ies)|etiquetas?|temas?|palabras clave|mots[- ]cl[ée]s|th[èe]mes?|sujets?|schlagw[öo]rter|schlagworte|themen|stichw[öo]rter|tags? relacionadas?|assuntos?|argomenti|parole chiave|categorie)\s*:?/i;

/** Headings of comment sections and comment forms. */
export const COMMENTS_LABEL =
  /^(?:(?:\d+\s+)?comments?|leave a (?:reply|comment)|post a comment|add a comment|join the (?:discussion|conversation)|\d+\s+responses?|tell us what you think.*|comentarios?|deja (?:un|tu) comentario|escribe un comentario|commentaires?|laisser un commentaire|r[ée]agir|kommentare?|kommentieren|schreiben sie einen kommentar|coment[aá]rios?|deixe (?:um|seu) coment[aá]rio|commenti|commento|lascia un commento)\b[\s:.!(\d)]*$/i;

/** The promise every sign-up box makes: enough on its own once Readability has taken the form. */
export const SIGNUP_PROMISE = /no spam|unsubscribe (?:at )?any ?time/i;

/** Newsletter and subscription pitches (checked together with a short length or a form). */
export const NEWSLETTER_TEXT = new RegExp(
  `\\b(?:newsletters?|sign up|subscribe|subscription|inbox|suscr[ií]b|bolet[ií]n|abonn|inscri(?:vez|bete|ba-se)|lettre d'information|anmelden|abonnieren|abonnement|cadastre-se|assine|inscreva-se|iscriviti|abbonati|abbonamento|every (?:day|week) we send|${SIGNUP_PROMISE.source})`,
  'i',
);

/** Labels standing alone: an advert slot, a gallery control, a reading prompt. Whole-text match. */
export const BOILERPLATE_LINE = new RegExp(
  '^(?:' +
    [
      // Advert labels in some more languages too: alone on their line, they are never prose.
      'advert(?:isement)?s?', 'ads?', 'sponsored', 'paid content', 'anzeigen?', 'werbung', 'publicidad', 'publicidade', 'publicit[ée]', 'pubblicit[àa]', 'annonce', 'patrocinado', 'iklan', 'reklama?', 'реклама', 'advertentie', '広告', '广告', '광고',
      '(?:story|article) continues below(?: advertisement)?', 'continue reading(?: below| the main story)?', 'continues below',
      'la noticia contin[uú]a (?:abajo|debajo)', 'la suite apr[èe]s (?:cette )?(?:publicit[ée]|la publicit[ée])', 'weiter nach der anzeige', 'artikel wird nach der anzeige fortgesetzt',
      'continua (?:a ler|dopo la pubblicit[àa])', 'continua depois da publicidade',
      'skip to (?:main )?content', 'skip (?:to )?navigation', 'caption', 'close', 'hide caption', 'toggle caption', 'enlarge (?:this )?image', 'expand', 'view gallery',
      '(?:image|photo|picture|slide|foto|imagen|imagem|bild|immagine)s? \\d+ (?:of|de|sur|von|di) /? ?\\d+', '\\d{1,2} ?/ ?\\d{1,2}',
      '\\d{1,2} ?of ?\\d{1,2}', 'by', 'read more', '\\d+ min(?:ute)?s? read', '(?:reading time|tiempo de lectura|temps de lecture|lesezeit|tempo de leitura|tempo di lettura) ?: ?\\d+ ?\\S*',
      'this slideshow requires javascript\\.?', 'loading(?: content)?(?: ?\\.\\.\\.|…)?', 'media playback is unsupported on your device', '_{2,}',
      // Science X (phys.org, medicalxpress.com) under every story it republishes.
      'citation: .+ retrieved .+ from https?://\\S+',
      'view author archive', 'email the author', 'order reprints', 'print article', 'text size', 'breaking news', 'sign in', 'log in', 'print(?: this (?:article|page))?', 'back to top', 'go to top',
      'share', 'share (?:this|the) (?:article|story|post|page)', 'share this', 'compartir', 'partager', 'teilen', 'condividi', 'compartilhe?', 'compartir (?:esta )?noticia',
      // "Like this story? Share it with a friend!"
      '(?:(?:like|enjoy(?:ed)?|love)d? this (?:story|article|post)\\? ?)?share (?:it|this(?: story| article| post)?) with (?:a friend|(?:your )?friends)',
      'view comments', 'show comments', 'comments', 'leave a reply', 'leave a comment',
    ].join('|') +
    ')[\\s:.!…]*$',
  'i',
);

/** Copyright and rights lines that close many pages. */
export const COPYRIGHT_TEXT =
  /^(?:©|ⓒ|\(c\)|copyright\b)\s*(?:[@©ⓒ]\s*)?(?:\d{4}|.{0,80}rights reserved)|©\s*\d{4}|all rights reserved|무단\s?전재|todos los derechos reservados|tous droits r[ée]serv[ée]s|alle rechte vorbehalten|tutti i diritti riservati|todos os direitos reservados|this (?:material|document) (?:may not be|is subject to copyright)/i;

/** Cookie and consent banners: a mention of cookies plus a request or a notice about using them. */
export const COOKIE_TEXT = /\bcookies?\b/i;
export const CONSENT_TEXT = new RegExp(
  [
    '\\b(?:we |site |website |page |nous |wir )?(?:use|uses|utilise|utilisons|utiliza|utilizamos|usamos|usa|utilizza|utilizziamo|verwendet|verwenden|nutzt|nutzen)\\b.{0,40}\\bcookie',
    'cookie (?:policy|settings|preferences|consent|notice|banner|richtlinie|einstellungen)', 'pol[ií]tica de cookies', 'politique (?:de|relative aux) cookies',
    'informativa (?:sui|cookie)', '\\baccept(?:er|ar|a|ieren)? (?:all |our |tous les |les |nos |todas las |las |los |alle |die |tutti i |i |os |as )?cookie', 'by continuing', 'al continuar', 'en poursuivant',
    'wenn sie (?:fortfahren|weitersurfen)', 'continuando', 'ao continuar', '\\bconsent', 'consentimiento', 'zustimm', 'einwillig', 'consenso', 'opt[- ]out',
  ].join('|'),
  'i',
);

/** Datelines above or below the story: "Published 4:00 am", "Actualizado el 3 de mayo". */
export const DATELINE_TEXT =
  /^(?:\|\s*)?(?:(?:first )?published|updated|posted|last updated|publicado|actualizado|publi[ée]|mis [àa] jour|modifi[ée]|ver[öo]ffentlicht|aktualisiert|pubblicato|aggiornato|atualizado)\b/i;

/** The word that opens a byline; the name after it is checked in code (capitalised words). */
export const BYLINE_OPENER = /^(?:By|BY|Por|POR|Par|PAR|Von|VON|Written by|Reporting by|Words by|Texto de|Texte de)\s+/;

/** Month and weekday names (and their short forms) and the small words of written dates, in the six languages. */
const DATE_WORD =
  /^(?:jan(?:uary|vier|uar|eiro)?|feb(?:ruary|rero|ruar|braio)?|f[ée]v(?:rier|ereiro)?|mar(?:ch|zo|s|ço)?|m[äa]rz|apr(?:il|ile)?|abr(?:il)?|avr(?:il)?|ma(?:y|yo|i|io|ggio)|june?|junio?|junho|juin|giugno|july?|julio?|julho|juil(?:let)?|luglio|aug(?:ust)?|ago(?:sto)?|ao[ûu]t|sept?(?:ember|iembre|embre)?|set(?:iembre|tembre|embro)?|oct(?:ober|ubre|obre)?|okt(?:ober)?|outubro|ottobre|nov(?:ember|iembre|embre|embro)?|d[ée]c(?:ember|embre)?|dic(?:iembre|embre)?|dez(?:ember|embro)?|gen(?:naio)?|ene(?:ro)?|(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|(?:mon|diens|donners|frei|sams|sonn)tag|mittwoch|segunda|ter[çc]a|quarta|quinta|sexta|feira|(?:lune|marte|mercole|giove|vener)d[ìi]|sabato|domenica|[apm]m?|at|on|of|the|d?el|de|às|à|le|il|um|uhr|hr?s?|utc|gmt|[ecmp][sd]t|cet|cest|bst|ist|hst|et|y|e|und|st|nd|rd|th|er)$/;

/**
 * True for a line that is only a date and time: "segunda-feira, 22 de janeiro de 2018 às 0:13",
 * "November 18, 2019 | 4:10pm". Without a time of day only when `bare` (not a heading, where
 * "March 2020" titles a section of a timeline) and not a range of dates, which is an event's.
 */
export function isDateOnly(text: string, bare = false): boolean {
  // Cheap bound first: every run of letters and digits holds at least one of the words below.
  if (wordCount(text) > 14) return false;
  const words = text.toLowerCase().match(/\p{L}+|\p{N}+/gu) ?? [];
  if (words.length === 0 || words.length > 14 || !words.every((w) => /^\d+$/.test(w) || DATE_WORD.test(w))) return false;
  return /\d:\d\d/u.test(text) || (bare && /\d/u.test(text) && /\p{L}{3}/u.test(text) && !/\d{4}.+\d{4}/u.test(text));
}

/** "Click here", the call of a promotion, in the six languages. */
export const CLICK_HERE = /\b(?:click(?:ing)? here|tap here|haga clic aqu[ií]|pulse aqu[ií]|clic aqu[ií]|cliquez ici|hier klicken|klicken sie hier|clique aqui|clicca qui)\b/i;

/** Breadcrumb separators between links: "Home » News » World". */
export const CRUMB_SEPARATORS = /\s[»›>|]\s/g;

/** Headings over the author's biography. */
export const AUTHOR_LABEL =
  /^(?:about the authors?|about (?:the )?writer|sobre (?:el|la|o|a) autora?|acerca del autor|[àa] propos de l'auteure?|l'auteure?|über (?:den|die) autor(?:in)?|zum autor|zur autorin|sull'autore|l'autore)[\s:.]*$/i;

/** "Jane Doe is a reporter for …": a name, then a sentence saying what the person writes. */
export const AUTHOR_BIO =
  /^(?:\p{Lu}[\p{L}'’.-]+\s){1,3}(?:(?:is|was) (?:a|an|the)|joined|covers|writes (?:about|for)|es (?:un|una|el|la)|est (?:un|une|le|la)|a rejoint|ist (?:ein|eine|der|die)|é (?:um|uma|o|a)|è (?:un|una|il|la))\b.{0,80}\b(?:reporter|writer|editor|correspondent|journalist|columnist|contributor|freelance|author|periodista|redactora?|corresponsal|journaliste|r[ée]dact(?:eur|rice)|chroniqueu(?:r|se)|korrespondent(?:in)?|redakteur(?:in)?|autor(?:in)?|jornalista|rep[óo]rter|giornalista|redattore|collaboratore)/u;

/**
 * Two cheap tests that every AUTHOR_BIO match passes: its opening (up to three words, then the verb)
 * and its role noun. AUTHOR_BIO runs only where both pass: its Unicode classes would otherwise be
 * compiled on every page, for the rare one with a biography (issue #8).
 */
export const AUTHOR_BIO_OPENING = /^(?:\S+\s){1,3}(?:(?:is|was) |joined|covers|writes |es |est |a rejoint|ist |é |è )/;
export const AUTHOR_BIO_ROLE =
  /reporter|writer|editor|correspondent|journalist|columnist|contributor|freelance|author|periodista|corresponsal|r[ée]dact|chroniqueu|korrespondent|redakteur|autor|jornalista|rep[óo]rter|giornalista|redattore|collaboratore/;

/** The home entry that opens a breadcrumb, in the six languages. */
export const HOME_CRUMB = /^(?:home|homepage|inicio|portada|accueil|startseite|start|in[íi]cio|p[áa]gina inicial)$/i;

/** A call to subscribe that needs no newsletter noun: it opens (after a teaser question) or closes the box. */
export const SUBSCRIBE_CALL =
  /^(?:[^.?!]{0,40}[?!]\s+)?(?:subscribe to|sign up (?:for|to)|get a subscription|join our|suscr[ií]bete|abonnez-vous|abonnieren sie|assine|inscreva-se|iscriviti)|(?:subscribe|sign up)\W*$/i;

/** An e-mail address, an @handle or a profile link on a network. */
export const CONTACT_ADDRESS = /[\w.+-]+@[\w-]+\.\w|(?:^|\s)@\w{2,}|(?:twitter|x|facebook|instagram)\.com\/\w/i;
/** How a contact line asks: "Email …", "Follow her on Twitter", "may be reached at", in the six languages. */
export const CONTACT_CALL =
  /^(?:have a (?:news )?tip|e-?mail|write to|reach|contact|follow|escr[ií]b|s[ií]g(?:u|a)|suivez|[ée]crivez|folgen|schreiben sie|segui|scrivi)|\b(?:(?:can|may) be reached|follow (?:him|her|them|us|me)\b)/i;

/** "This post may contain affiliate links", in the six languages. */
export const AFFILIATE_NOTICE = /\baffiliate\b.{0,80}\b(?:links?|commission)|\b(?:enlaces|liens|links) (?:de )?(?:afilia|affili)|affiliate-links|link di affiliazione/i;
/** A note that comments are moderated. */
export const MODERATION_NOTICE = /(?:comment|coment|kommentar).{0,100}(?:moderat|aprovad|aprobad|approv|freigeschaltet)|moderat.{0,60}(?:comment|coment|kommentar)/i;

/** Credits closing wire copy: "(Reporting by …; Editing by …)", "… contributed to this report." */
export const CREDIT_LINE = /^\(?(?:additional )?(?:reporting|editing|writing) by\b|\bcontributed (?:to this (?:report|story|article)|reporting)|^\(?(?:con informaci[oó]n de|com informa[cç][õo]es d|mit material von)\b/i;
/**
 * The wire's own pointer to its topic pages, which AP appends to its stories and republishers keep:
 * "More AP NBA: https://apnews.com/NBA", "Follow AP's full coverage of Brexit at https://…".
 */
export const WIRE_PROMO = /^(?:[Ff]ollow|[Mm]ore|[Ff]ind|[Rr]ead|[Ss]ee|[Gg]et|[Kk]eep up with)\b.{0,40}?\b(?:AP|Associated Press)(?:['’]s)?\b.{0,150}?(?:https?:\/\/|www\.|apnews\.com)/;
/** "Meg Kinnard and Errin Haines, Associated Press", "Greg Beacham, AP Sports Writer". */
export const WIRE_BYLINE = /^[^,.]{3,60}, (?:The )?(?:Associated Press|(?:AP|Ap|Reuters|AFP|Staff)\b[\w ]{0,30}(?:Writer|Correspondent|Reporter|Editor))$/;

/** Comment and code delimiters left as text by a broken template ("/*" opens the body of Hearst's sports pages). */
export const CODE_DEBRIS = /^(?:\/\*|\*\/|\/\/|<!--|-->|[{}();|\\])+$/;

/** A gallery's photo counter: "6", "1 of 4" (Hearst's captions run it into the caption as "1of4"), "2/10". */
export const GALLERY_COUNT = /^\d{1,3}(?:\s*(?:of|de|di|von|sur|\/)\s*\d{1,3})?$/i;
