/**
 * News agencies, major outlets and a few bodies that stories cite by name, with the other names
 * they go by. It ships in the content script, so each entry is one compact line:
 * `"Name|alias|alias"`. The first name is the one shown; every alias merges into it.
 */
import type { SourceKind } from './types';

export interface KnownSource {
  name: string;
  kind: SourceKind;
  /** Every spelling that names this source in text, the shown name first. */
  aliases: string[];
  /** Names a search should also find it by, e.g. "Fox News" for "Fox News Digital". */
  searchAliases: string[];
}

const AGENCIES = [
  'Associated Press|AP|The Associated Press',
  'Reuters|Thomson Reuters',
  'Agence France-Presse|AFP|Agence France Presse',
  'EFE|Agencia EFE',
  'dpa|Deutsche Presse-Agentur',
  'ANSA',
  'Kyodo|Kyodo News',
  'Xinhua|Xinhua News Agency',
  'Europa Press',
  'Press Trust of India|PTI',
  'Yonhap|Yonhap News Agency',
  'Bloomberg|Bloomberg News',
  'United Press International|UPI',
  'Anadolu|Anadolu Agency|Anadolu Ajansı',
  'Notimex',
  'Agência Brasil|Agencia Brasil',
  'Lusa|Agência Lusa',
  'KNA|Katholische Nachrichten-Agentur',
  'APA|Austria Presse Agentur',
  'Interfax',
  'TASS',
  'RIA Novosti|RIA',
  'Canadian Press|The Canadian Press',
  'Australian Associated Press|AAP',
  'Getty Images|Getty',
  // The Associated Press's entertainment photo service: "Chris Pizzello/Invision/AP".
  'Invision',
  'Sputnik',
  'Prensa Latina',
  'Télam',
  'Noticias Argentinas',
];

const OUTLETS = [
  'Fox News Digital>Fox News',
  'Fox News|Fox',
  'CNN',
  'BBC|BBC News',
  'The New York Times|New York Times|NYT',
  'The Washington Post|Washington Post',
  'The Wall Street Journal|Wall Street Journal|WSJ',
  'The Guardian|Guardian',
  'NBC News|NBC',
  'CBS News|CBS',
  'ABC News',
  'NPR',
  'Politico|POLITICO',
  'Axios',
  'Al Jazeera',
  'Financial Times|FT',
  'The Economist',
  'Los Angeles Times|LA Times',
  'USA Today',
  'CNBC',
  'MSNBC',
  'Sky News',
  'The Times',
  'The Telegraph',
  'The Independent',
  'Deutsche Welle|DW',
  'El País',
  'El Mundo',
  'La Vanguardia',
  'El Universal',
  'Le Monde',
  'Le Figaro',
  'Libération',
  'Der Spiegel|Spiegel',
  'Frankfurter Allgemeine Zeitung|FAZ|Frankfurter Allgemeine',
  'Süddeutsche Zeitung|Süddeutsche|SZ',
  'Die Zeit',
  'Bild',
  'Folha de S.Paulo|Folha de São Paulo|Folha',
  'O Globo',
  'Clarín',
  'La Nación',
  'Infobae',
  'Corriere della Sera',
  'La Repubblica',
  'Telemundo',
  'Univision',
  'The Hill',
  'Newsweek',
  'Semafor',
  'ProPublica',
  'The Atlantic',
  // Entertainment and tech news, which aggregators cite as often as the wires.
  'Variety',
  'The Hollywood Reporter|Hollywood Reporter',
  'Deadline',
  'TheWrap|The Wrap|Wrap',
  'Billboard',
  'Rolling Stone',
  'The Verge|Verge',
  'Wired|WIRED',
  'TechCrunch',
  'Business Insider',
  'People’s Daily|People\'s Daily',
];

const GOVERNMENT = [
  'Kremlin',
  'White House',
  'Pentagon',
  'State Department|U.S. State Department',
  'FBI|Federal Bureau of Investigation',
  'Centers for Disease Control and Prevention|Centers for Disease Control|CDC',
  'CIA',
  'Congressional Research Service|U.S. Congressional Research Service|CRS',
  'Department of Justice|Justice Department|DOJ',
  'Downing Street',
  'Élysée|Elysée|Elysee',
  'Quai d’Orsay|Quai d\'Orsay',
  'Casa Blanca',
  'Moncloa|La Moncloa',
  'European Commission|Comisión Europea',
];

const ORGANIZATIONS = [
  'United Nations|UN|U.N.|ONU|Naciones Unidas',
  'World Health Organization|WHO|OMS|Organización Mundial de la Salud',
  'NATO|OTAN',
  'International Monetary Fund|IMF|FMI|Fondo Monetario Internacional',
  'World Bank|Banco Mundial',
  'Red Cross|Cruz Roja|International Committee of the Red Cross|ICRC',
  'Amnesty International|Amnistía Internacional',
  'Human Rights Watch',
  'UNICEF',
  'Médecins Sans Frontières|Doctors Without Borders|MSF|Médicos Sin Fronteras',
];

function parse(lines: string[], kind: SourceKind): KnownSource[] {
  return lines.map((line) => {
    const [own, parent] = line.split('>');
    const aliases = (own ?? '').split('|');
    return { name: aliases[0] ?? '', kind, aliases, searchAliases: parent ? [parent] : [] };
  });
}

export const KNOWN_SOURCES: readonly KnownSource[] = [
  ...parse(AGENCIES, 'news-agency'),
  ...parse(OUTLETS, 'news-outlet'),
  ...parse(GOVERNMENT, 'government'),
  ...parse(ORGANIZATIONS, 'organization'),
];

/**
 * Agency aliases too common as words or other names to count when they merely appear in the text
 * ("AAP" is also a pediatrics academy, "Getty" a museum); they still count inside an attribution
 * or a credit ("told Sputnik", "AFP via Getty"). Only agencies are scanned for (attributions.ts).
 */
export const PATTERN_ONLY_ALIASES = new Set(['RIA', 'APA', 'KNA', 'Lusa', 'AAP', 'Sputnik', 'Getty']);

const BY_ALIAS = new Map<string, KnownSource>();
for (const source of KNOWN_SOURCES) {
  for (const alias of source.aliases) {
    BY_ALIAS.set(alias.toLowerCase(), source);
    // "The Independent" is also written "the Independent" mid-sentence, and cleaned to "Independent".
    const bare = alias.replace(/^the\s+/iu, '').toLowerCase();
    if (!BY_ALIAS.has(bare)) BY_ALIAS.set(bare, source);
  }
}

/** The known source a name stands for, ignoring case and a leading "the". */
export function lookupKnown(name: string): KnownSource | undefined {
  const key = name.trim().toLowerCase();
  return BY_ALIAS.get(key) ?? BY_ALIAS.get(key.replace(/^(?:the|la|el|le|die|der|o|a)\s+/u, ''));
}
