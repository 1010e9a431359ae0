/**
 * Who the story says its facts came from (issue #5): agencies, outlets, officials, documents,
 * contributors and photographers, each with its kind, roles and the sentences that name it.
 */
import { LETTER } from './letters';
import { attributionsIn, type Candidate } from './attribution-patterns';
import { bylineCredits, parenthesisedAgencies, PHOTO_WORDS, photoCredits, sourceLines } from './credits';
import { articleBlocks, type Block } from './article-blocks';
import { classifyName, cleanName, isInstitution, isNotName, readsAsBody, readsAsPerson } from './names';
import { bodyRoles, escapeRe, fullBody, fullName, fullNameOfGiven, settleOneWordName, toOrganization } from './source-kinds';
import { acrossAnd, withOwner } from './name-extent';
import { countrySet } from './countries';
import { siteOf } from './page-attribution';
import { splitSentences } from './sentences';
import { KNOWN_SOURCES, lookupKnown, PATTERN_ONLY_ALIASES, type KnownSource } from './sources-data';
import type { PageAttribution, Source, SourceKind, SourceRole } from './types';

export { readPageAttribution } from './page-attribution';

/** Agencies are named as sources even outside an attribution phrase ("Reuters could not verify"). */
const SCAN_KINDS: ReadonlySet<SourceKind> = new Set(['news-agency']);
const SCAN_RE = buildScan();

function buildScan(): RegExp {
  const aliases = KNOWN_SOURCES.filter((s) => SCAN_KINDS.has(s.kind))
    .flatMap((s) => s.aliases)
    .filter((a) => !PATTERN_ONLY_ALIASES.has(a))
    .sort((a, b) => b.length - a.length)
    .map(escapeRe);
  return new RegExp(`(?<![${LETTER}\\d])(?:${aliases.join('|')})(?![${LETTER}\\d])`, 'gu');
}

function isNews(kind: SourceKind): boolean {
  return kind === 'news-agency' || kind === 'news-outlet';
}

function compact(name: string): string {
  return name
    .replace(/^(?:the|el|la|le|les|die|der|das|o|a)\s+/iu, '')
    .toLowerCase().normalize('NFD').replace(/[^\p{L}\p{N}]/gu, '');
}

interface Entry {
  source: Source;
  known: KnownSource | undefined;
}

class SourceSet {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly own: ReadonlySet<string>,
    private readonly countries: ReadonlySet<string>,
  ) {}

  add(name: string, kind: SourceKind, role: SourceRole, mention: string): void {
    const known = lookupKnown(name);
    const shown = known?.name ?? name;
    const names = known ? [...known.aliases, ...known.searchAliases] : [name];
    if (names.some((n) => this.own.has(compact(n)))) return;
    const key = known ? `known:${known.name}` : compact(name.replace(/^(?:U\.?S\.?|the)\s+/iu, ''));
    let entry = this.entries.get(key);
    if (!entry) {
      entry = { source: { name: shown, kind, roles: [], mentions: [] }, known };
      const aliases = known ? [...new Set([...known.aliases, ...known.searchAliases])].filter((a) => a !== shown) : [];
      if (aliases.length) entry.source.aliases = aliases;
      this.entries.set(key, entry);
    }
    const { source } = entry;
    if (!source.roles.includes(role)) source.roles.push(role);
    if (mention && !source.mentions.some((m) => m.text === mention)) source.mentions.push({ text: mention });
  }

  /**
   * One entry per person: "Obama" becomes "Barack Obama" when the story names him so once, and
   * "Bondi" merges into "Pam Bondi".
   */
  finish(storyText: string): Source[] {
    const sources = [...this.entries.values()].map((e) => e.source);
    const short = sources.filter((s) => s.kind === 'person' && !s.name.includes(' '));
    // Every surname gets its full name first: "Fry" becomes "Martha Fry" before "Martha" is settled.
    for (const s of short) s.name = fullName(s.name, storyText, this.countries) ?? fullNameOfGiven(s.name, storyText, this.countries) ?? s.name;
    const named = sources.filter((s) => s.kind === 'person' && s.name.includes(' '));
    for (const s of short) if (!s.name.includes(' ')) settleOneWordName(s, storyText, named);
    for (const s of sources) if (s.kind === 'person' && readsAsBody(s.name, storyText) && !readsAsPerson(s.name, storyText)) toOrganization(s);
    const people = sources.filter((s) => s.kind === 'person' && s.name.includes(' '));
    // By kind and name: a settled name may now be another entry's ("Taliban" became "Afghan Taliban").
    const kept = new Map<string, Source>();
    const out: Source[] = [];
    for (const s of sources) {
      const key = `${s.kind}:${s.name}`;
      const target = kept.get(key) ?? (s.kind === 'person' ? people.find((p) => p !== s && (p.name.endsWith(` ${s.name}`) || p.name.startsWith(`${s.name} `))) : undefined) ?? fullBody(s, sources);
      if (target && target !== s) {
        // "Sierra Nevada said" is a statement of Sierra Nevada Corp's.
        for (const role of target.kind === 'person' ? s.roles : bodyRoles(s.roles)) if (!target.roles.includes(role)) target.roles.push(role);
        for (const m of s.mentions) if (!target.mentions.some((x) => x.text === m.text)) target.mentions.push(m);
        continue;
      }
      kept.set(key, s);
      out.push(s);
      // Wire bylines and photo credits shout names ("By MEG KINNARD", "JIM WATSON/AFP"): shown as names.
      if (s.kind === 'person' && s.name.includes(' ') && s.name === s.name.toUpperCase()) {
        s.name = s.name.toLowerCase().replace(/(^|[\s'’-])(\p{Ll})/gu, (_, at: string, letter: string) => at + letter.toUpperCase());
      }
    }
    // Who the facts came from first; who only took the pictures after (the sort is stable).
    return out.sort((a, b) => Number(a.roles.every((r) => r === 'photo')) - Number(b.roles.every((r) => r === 'photo')));
  }
}

function resolveRole(rule: Candidate['role'], kind: SourceKind): SourceRole {
  if (rule === 'speech') return kind === 'person' ? 'quoted' : isNews(kind) ? 'reported' : 'statement';
  if (rule === 'according') return isNews(kind) ? 'reported' : 'cited';
  return rule;
}

/** Capitalised words seen after the start of a sentence somewhere in the story. */
function midSentenceWords(sentences: string[]): Set<string> {
  const words = new Set<string>();
  for (const s of sentences) {
    // Where the first word starts; the same word later in the sentence counts.
    const start = /^[^\p{L}]*/u.exec(s)?.[0].length;
    for (const m of s.matchAll(/\p{Lu}[\p{L}\p{M}'’-]*/gu)) if (m.index !== start) words.add(m[0]);
  }
  return words;
}

/**
 * The site's own names: its site name, and the host of the page being read and of its canonical
 * address ("foxnews" for foxnews.com). A republished story's canonical address is the original
 * site's, not this one's.
 */
function ownNames(page: PageAttribution, url: string | undefined): Set<string> {
  const own = new Set<string>();
  if (page.siteName) own.add(compact(page.siteName));
  const known = page.siteName ? lookupKnown(page.siteName) : undefined;
  for (const alias of known?.aliases ?? []) own.add(compact(alias));
  for (const address of [url, page.republishedFrom ? null : page.canonicalUrl]) {
    try {
      if (address) own.add(compact(siteOf(new URL(address).hostname).split('.')[0] ?? ''));
    } catch {
      // An unparsable address names no site.
    }
  }
  own.delete('');
  return own;
}

interface Context {
  set: SourceSet;
  /** Worked out on first use: most pages never ask (issue #8). */
  midWords: () => ReadonlySet<string>;
  countries: ReadonlySet<string>;
}

/** "ambassador to Britain Liu Xiaming": a country right after "to" belongs to the title. */
const COUNTRY_AFTER = /\b(?:to|in|of) (?:the )?$/;

function accept(ctx: Context, found: Candidate, sentence: string): void {
  const c = { ...found, ...withOwner(acrossAnd(found.raw, found.index, sentence), sentence) };
  let name = cleanName(c.raw);
  // "a report by E!", "Dräger, Inc., says", "Rs 25 lakh": no name. Not in names.ts's list of
  // non-names, whose trailing words the clean-up strips: "Sierra Nevada Corp." keeps its "Corp".
  if (!name || name.length < 2 || /^(?:Inc|Corp|Ltd|LLC|Rs)$/.test(name)) return;
  const [first = '', ...rest] = name.split(' ');
  if (rest.length > 1 && COUNTRY_AFTER.test(sentence.slice(0, c.index)) && !isInstitution(first) && classifyName(first, ctx.countries) === 'government') {
    name = rest.join(' ');
  }
  const known = lookupKnown(name);
  if (!known && !name.includes(' ')) {
    // A lone capitalised word opening a sentence is no name unless the story uses it mid-sentence.
    const atStart = !hasWordChar(sentence.slice(0, c.index).replace(/\b(?:The|El|La|Le|Der|Die|Das|O|A)\b/gu, ''));
    if (atStart && !ctx.midWords().has(name)) return;
    if (isNotName(name)) return;
  }
  const kind = known?.kind ?? c.kind ?? (c.role === 'photo' && PHOTO_WORDS.test(name) ? 'news-agency' : classifyName(name, ctx.countries));
  if (c.newsOnly && !isNews(kind)) return;
  ctx.set.add(name, kind, resolveRole(c.role, kind), sentence);
}

/** A letter or digit in `text`; ASCII ones answer first, as the Unicode class is slow to compile cold. */
function hasWordChar(text: string): boolean {
  return /[A-Za-z0-9]/.test(text) || /[\p{L}\d]/u.test(text);
}

function sameSource(a: string, b: string): boolean {
  const ka = lookupKnown(cleanName(a) ?? a);
  return Boolean(ka) && ka === lookupKnown(b);
}

function scanBlock(ctx: Context, block: Block, sentences: readonly string[]): void {
  const label = [...photoCredits(block.text), ...parenthesisedAgencies(block.text, ctx.countries), ...sourceLines(block.text), ...bylineCredits(block.text)];
  for (const c of label) accept(ctx, c, block.text);
  for (const sentence of sentences) {
    const found = [...attributionsIn(sentence), ...label];
    for (const c of found) if (!label.includes(c)) accept(ctx, c, sentence);
    for (const m of sentence.matchAll(SCAN_RE)) {
      if (found.some((c) => sameSource(c.raw, m[0]))) continue;
      accept(ctx, { raw: m[0], index: m.index ?? 0, role: 'cited', newsOnly: true }, sentence);
    }
  }
}

/** What findSources reads besides the article. */
export interface SourceInputs {
  /** Credits an earlier pass removed from the article ("Reporting by …"), read as extra paragraphs. */
  credits?: readonly string[];
  /** The country names that stand for governments (see countries.ts). */
  countries?: ReadonlySet<string>;
  /** `articleParagraphs(root)`, when the caller has it already. */
  paragraphs?: readonly string[];
  /** The page's address: its site is never a source of its own story. */
  url?: string;
}

/**
 * The sources the story cites, in order of first mention. `root` is the cleaned article;
 * `page` supplies the site's own name (never a source) and the byline.
 */
export function findSources(root: HTMLElement, page: PageAttribution, inputs: SourceInputs = {}): Source[] {
  const { credits: creditLines = [], countries = countrySet() } = inputs;
  const own = articleBlocks(root, inputs.paragraphs);
  const lang = own[0]?.lang ?? 'en';
  const blocks = [...own, ...creditLines.map((text) => ({ text, lang }))];
  const sentences = blocks.map((b) => splitSentences(b.text, b.lang).map((s) => s.text.trim()));
  let midWords: Set<string> | undefined;
  const ctx: Context = {
    set: new SourceSet(ownNames(page, inputs.url), countries),
    midWords: () => (midWords ??= midSentenceWords(sentences.flat())),
    countries,
  };
  for (const c of page.byline ? bylineCredits(page.byline, false) : []) accept(ctx, c, page.byline ?? '');
  blocks.forEach((block, i) => scanBlock(ctx, block, sentences[i] ?? []));
  return ctx.set.finish(blocks.map((b) => b.text).join('\n'));
}
