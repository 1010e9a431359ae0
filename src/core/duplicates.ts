/**
 * Drops repeated and reworded sentences and paragraphs, keeping the first occurrence (issue #4).
 * Aggregator pages paste a paragraph twice, open with the headline again, or set a sentence
 * rewritten from the wire copy next to the original. Real articles rarely repeat themselves, so
 * every rule here leans towards keeping text.
 */
import { exactKey } from './normalize';
import { splitSentences } from './sentences';
import { collectNames, isRemovableExact, repeatScore, sentenceFeatures, sentenceTokens, type SentenceFeatures } from './similarity';
import { collapse } from './text';
import { cutRanges } from './text-ranges';
import type { DuplicateRemoval } from './types';

export interface DuplicateContext {
  title: string;
}

/** Blocks whose sentences are compared (tag names). */
const BLOCKS = new Set(['P', 'BLOCKQUOTE']);
/**
 * Never touched: captions, tables, code, navigation, and lists, where repeats are structure
 * (reference lists, recipes, feature lists) far more often than copy-paste.
 */
const SKIP_INSIDE = new Set(['FIGURE', 'FIGCAPTION', 'TABLE', 'PRE', 'CODE', 'NAV', 'UL', 'OL', 'DL']);
/**
 * Quotes are secondary: a pull quote that repeats the body goes, but a body paragraph never goes
 * because a quote said it first.
 */
const SECONDARY = new Set(['BLOCKQUOTE']);
/**
 * How many blocks back a reworded repeat may sit. Rewritten wire copy stands next to the
 * original; a sentence that restates one from far above is a summary or a recap, which the
 * writer meant (measured on Wikipedia and blog pages of the corpora).
 */
const MAX_BLOCK_DISTANCE = 3;
/**
 * Copies of one text beyond which the repeats are a template (interview questions, recipe
 * lines, a listing), not a paste: then every copy stays.
 */
const MAX_COPIES = 2;
/**
 * Share of the article's words the pass may remove. A paste repeats a paragraph or two; when a
 * third of the text repeats, the page is built that way (a template, placeholder copy, a
 * listing) and the pass is more likely wrong about it than right, so it removes nothing.
 */
const MAX_REMOVED_SHARE = 0.25;
/** Postings longer than this (sentences sharing one stem) are too common to point at a repeat. */
const MAX_POSTING = 64;
/** Candidates, best first, given the full comparison per sentence. */
const MAX_CANDIDATES = 8;
/** Shared content stems an earlier sentence needs before it becomes a candidate. */
const MIN_SHARED = 4;

interface Sentence {
  block: Block;
  start: number;
  end: number;
  /** As in the page, whitespace included; collapsed only for the report. */
  text: string;
  features: SentenceFeatures;
  removed: boolean;
}

interface Block {
  el: Element;
  /** Position among the page's blocks. */
  order: number;
  secondary: boolean;
  text: string;
  sentences: Sentence[];
}

/**
 * Innermost blocks in page order (a `p` inside a `blockquote` is read at the `p`). A tree walk
 * rather than `querySelector` per element: selector matching dominated the time on long pages.
 */
function leafBlocks(el: Element, secondary: boolean, out: { el: Element; secondary: boolean }[]): boolean {
  let hasBlock = false;
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
    const tag = child.tagName.toUpperCase();
    if (SKIP_INSIDE.has(tag)) continue;
    const inner = SECONDARY.has(tag) || secondary;
    const nested = leafBlocks(child, inner, out);
    if (BLOCKS.has(tag) && !nested) out.push({ el: child, secondary: inner });
    hasBlock ||= nested || BLOCKS.has(tag);
  }
  return hasBlock;
}

function collectBlocks(root: HTMLElement): Block[] {
  const blocks: Block[] = [];
  const leaves: { el: Element; secondary: boolean }[] = [];
  leafBlocks(root, false, leaves);
  for (const { el, secondary } of leaves) {
    // The same string `joinedText(textNodes(el))` gives, which `cutRanges` indexes into.
    const text = el.textContent ?? '';
    if (!text.trim()) continue;
    const block: Block = { el, order: blocks.length, secondary, text, sentences: [] };
    block.sentences = splitSentences(text)
      .filter((s) => s.text.trim())
      .map((s) => ({ block, start: s.start, end: s.end, text: s.text, features: undefined as never, removed: false }));
    blocks.push(block);
  }
  const all = blocks.flatMap((b) => b.sentences);
  const tokens = all.map((s) => sentenceTokens(s.text));
  const names = collectNames(tokens);
  all.forEach((s, i) => (s.features = sentenceFeatures(s.text, tokens[i] ?? [], names)));
  return blocks;
}

/** The headline again as the article's first line: its first sentence, or the whole first block. */
function dropTitleRepeat(first: Block | undefined, title: string, out: DuplicateRemoval[]): void {
  const lead = first?.sentences[0];
  const titleKey = exactKey(title);
  if (!lead || !titleKey) return;
  const whole = exactKey(first.text) === titleKey;
  if (!whole && lead.features.key !== titleKey) return;
  for (const s of whole ? first.sentences : [lead]) s.removed = true;
  out.push({ text: collapse(whole ? first.text : lead.text), duplicateOf: title, similarity: 1 });
}

/** Finds the earlier sentence `s` repeats, through the stem index rather than every pair. */
class RepeatIndex {
  private readonly exact = new Map<string, Sentence>();
  private readonly postings = new Map<string, number[]>();
  private readonly indexed: Sentence[] = [];
  /** Shared-stem counts per indexed sentence, reused between queries. */
  private counts = new Int32Array(64);

  constructor(private readonly copies: ReadonlyMap<string, number>) {}

  match(s: Sentence): { of: Sentence; score: number } | undefined {
    const same = this.exact.get(s.features.key);
    if (same) {
      const removable = isRemovableExact(s.features) && (this.copies.get(s.features.key) ?? 0) <= MAX_COPIES;
      return removable ? { of: same, score: 1 } : undefined;
    }
    const touched: number[] = [];
    let counted = 0;
    for (const w of s.features.content) {
      const list = this.postings.get(w);
      if (list && list.length > MAX_POSTING) continue;
      counted++;
      for (const id of list ?? []) {
        const n = this.counts[id] ?? 0;
        this.counts[id] = n + 1;
        if (n === 0) touched.push(id);
      }
    }
    const need = Math.max(2, Math.min(MIN_SHARED, counted));
    const ranked = touched.filter((id) => (this.counts[id] ?? 0) >= need).sort((x, y) => (this.counts[y] ?? 0) - (this.counts[x] ?? 0) || x - y);
    for (const id of touched) this.counts[id] = 0;
    let best: { of: Sentence; score: number } | undefined;
    for (const id of ranked.slice(0, MAX_CANDIDATES)) {
      const c = this.indexed[id] as Sentence;
      const near = s.block.order - c.block.order <= MAX_BLOCK_DISTANCE || s.block.secondary || c.block.secondary;
      if (!near) continue;
      const score = repeatScore(c.features, s.features);
      if (score > (best?.score ?? 0)) best = { of: c, score };
    }
    return best;
  }

  add(s: Sentence): void {
    if (!this.exact.has(s.features.key)) this.exact.set(s.features.key, s);
    const id = this.indexed.push(s) - 1;
    if (id >= this.counts.length) {
      const grown = new Int32Array(this.counts.length * 2);
      grown.set(this.counts);
      this.counts = grown;
    }
    for (const w of s.features.content) {
      const list = this.postings.get(w);
      if (list) list.push(id);
      else this.postings.set(w, [id]);
    }
  }
}

function countCopies(keys: readonly string[]): Map<string, number> {
  const copies = new Map<string, number>();
  for (const k of keys) copies.set(k, (copies.get(k) ?? 0) + 1);
  return copies;
}

/** Whether an exact repeat of the whole block may go: prose, long enough, not a template. */
function removableBlock(b: Block, copies: number): boolean {
  const last = b.sentences[b.sentences.length - 1]?.features;
  if (!last || copies > MAX_COPIES) return false;
  const words = b.sentences.reduce((n, s) => n + s.features.words, 0);
  const numeric = b.sentences.reduce((n, s) => n + s.features.numericShare * s.features.words, 0);
  return isRemovableExact({ words, prose: last.prose, question: last.question, numericShare: numeric / words });
}

function dropBlockRepeats(blocks: readonly Block[], out: DuplicateRemoval[]): void {
  const seen = new Map<string, Block>();
  // Sentence keys joined: the same as the block's own key, without normalising it again.
  const keys = blocks.map((b) => b.sentences.map((s) => s.features.key).join(' '));
  const copies = countCopies(keys);
  blocks.forEach((b, i) => {
    if (b.sentences.some((s) => s.removed)) return;
    const key = keys[i] ?? '';
    const first = seen.get(key);
    const quoteOk = !b.secondary || exactKey(b.el.closest('blockquote')?.textContent ?? '') === key;
    if (first && quoteOk && removableBlock(b, copies.get(key) ?? 0)) {
      for (const s of b.sentences) s.removed = true;
      out.push({ text: collapse(b.text), duplicateOf: collapse(first.text), similarity: 1 });
    } else if (!first) seen.set(key, b);
  });
}

/**
 * A quote goes only when the repeat is all of it: a pull quote. An embedded post that restates
 * the story keeps its text, or its attribution line would stand alone.
 */
function wholeQuote(s: Sentence): boolean {
  const quote = s.block.el.closest('blockquote') ?? s.block.el;
  return exactKey(quote.textContent ?? '') === s.features.key;
}

function dropSentenceRepeats(blocks: readonly Block[], out: DuplicateRemoval[]): void {
  const index = new RepeatIndex(countCopies(blocks.flatMap((b) => b.sentences.map((s) => s.features.key))));
  for (const b of blocks) {
    for (const s of b.sentences) {
      if (s.removed) continue;
      const hit = index.match(s);
      if (hit && (!b.secondary || wholeQuote(s))) {
        s.removed = true;
        out.push({ text: collapse(s.text), duplicateOf: collapse(hit.of.text), similarity: hit.score });
      } else index.add(s);
    }
  }
}

function removedShare(blocks: readonly Block[]): number {
  let total = 0;
  let removed = 0;
  for (const b of blocks) {
    for (const s of b.sentences) {
      total += s.features.words;
      if (s.removed) removed += s.features.words;
    }
  }
  return total ? removed / total : 0;
}

/** Removes `el`, then the wrappers (a quote around a pasted paragraph) it leaves empty. */
function removeWithEmptyWrappers(el: Element, root: Element): void {
  let parent = el.parentElement;
  el.remove();
  while (parent && parent !== root && !(parent.textContent ?? '').trim() && !parent.querySelector('img, picture, video, iframe, svg')) {
    const next: HTMLElement | null = parent.parentElement;
    parent.remove();
    parent = next;
  }
}

function applyRemovals(blocks: readonly Block[], root: Element): void {
  for (const b of blocks) {
    const gone = b.sentences.filter((s) => s.removed);
    if (gone.length === 0) continue;
    if (gone.length === b.sentences.length) removeWithEmptyWrappers(b.el, root);
    else {
      cutRanges(b.el, gone.map((s) => [s.start, s.end] as const));
      // Only punctuation left (an opening quote, a dash): nothing to read.
      if (!/[\p{L}\p{N}]/u.test(b.el.textContent ?? '')) removeWithEmptyWrappers(b.el, root);
    }
  }
}

/**
 * Mutates `root` (the pipeline's own clone of the Readability article) and returns what it
 * removed, in the order found.
 */
export function removeDuplicates(root: HTMLElement, ctx: DuplicateContext): DuplicateRemoval[] {
  const blocks = collectBlocks(root);
  const out: DuplicateRemoval[] = [];
  dropTitleRepeat(blocks[0], ctx.title, out);
  // Primary blocks first, in page order, then lists and quotes against everything.
  const ordered = [...blocks.filter((b) => !b.secondary), ...blocks.filter((b) => b.secondary)];
  const titleRemovals = out.length;
  const titleSentences = new Set(blocks[0]?.sentences.filter((s) => s.removed));
  dropBlockRepeats(ordered, out);
  dropSentenceRepeats(ordered, out);
  if (removedShare(blocks) > MAX_REMOVED_SHARE) {
    for (const b of blocks) for (const s of b.sentences) s.removed = titleSentences.has(s);
    out.length = titleRemovals;
  }
  applyRemovals(blocks, root);
  return out;
}
