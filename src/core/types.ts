/** Plain, serialisable data produced by the extraction pipeline (`extractArticle`). */

export interface ClutterRemoval {
  /** Why the block went, e.g. "share-bar", "related-stories", "newsletter". */
  reason: string;
  /** The removed block's text, whitespace-collapsed and cut to a readable length. */
  text: string;
}

export interface DuplicateRemoval {
  /** The sentence or paragraph that was dropped. */
  text: string;
  /** The earlier sentence or paragraph it repeats. */
  duplicateOf: string;
  /** 0..1: 1 for an exact repeat after normalising. */
  similarity: number;
}

/** A block the clutter or duplicate pass removed, kept so the reader can show it in place. */
export interface RemovedBlock {
  /** Matches the `data-sift-removed` marker left in `html` where the block was. */
  id: number;
  /** The clutter reason ("share-bar", "related-stories", …), "duplicate", or "clutter" when unnamed. */
  reason: string;
  /** The removed block, sanitized. */
  html: string;
}

export type SourceKind = 'news-agency' | 'news-outlet' | 'government' | 'organization' | 'person';
export type SourceRole = 'reported' | 'statement' | 'quoted' | 'contributed' | 'photo' | 'cited';

export interface SourceMention {
  /** The sentence or caption in which the source appears. */
  text: string;
}

export interface Source {
  name: string;
  /** Other names a search should find it by: "AP" for "Associated Press", "Fox News" for "Fox News Digital". */
  aliases?: string[];
  kind: SourceKind;
  roles: SourceRole[];
  mentions: SourceMention[];
}

/** The page's own attribution: who published it and whether it republishes someone else's story. */
export interface PageAttribution {
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  canonicalUrl: string | null;
  /** Set when the canonical or a "Source:" link points to another site. */
  republishedFrom: string | null;
}

export interface ExtractResult {
  url: string;
  title: string;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  dir: string | null;
  excerpt: string | null;
  /** Sanitized article HTML (DOMPurify). */
  html: string;
  /** Plain text: paragraphs, subheads and captions separated by blank lines. */
  text: string;
  wordCount: number;
  readingMinutes: number;
  /** `blocks` is absent only in results built by hand (tests). */
  removed: { clutter: ClutterRemoval[]; duplicates: DuplicateRemoval[]; blocks?: RemovedBlock[] };
  sources: Source[];
  page: PageAttribution;
}

/** Why there is no result: shown to the reader in plain words by the UI. */
export type ExtractErrorCode = 'no-article' | 'too-large';

export interface ExtractFailure {
  error: ExtractErrorCode;
  url: string;
  message: string;
}

export type ExtractOutcome = ExtractResult | ExtractFailure;

export function isFailure(outcome: ExtractOutcome): outcome is ExtractFailure {
  return 'error' in outcome;
}

/** The pipeline's steps, in the order they run (src/core/extract.ts). */
export const PIPELINE_STEPS = ['limits', 'pageMeta', 'prune', 'clone', 'images', 'readability', 'clutter', 'duplicates', 'text', 'sources', 'sanitize'] as const;
export type PipelineStep = (typeof PIPELINE_STEPS)[number];

export interface ExtractOptions {
  url: string;
  /**
   * The window whose DOM implementation DOMPurify uses. Defaults to `doc.defaultView`;
   * needed only when the document has none (a detached clone).
   */
  window?: Window & typeof globalThis;
  /**
   * Called as each step ends, in order. The pipeline reads no clock itself; the in-browser
   * benchmark times the steps with this, so it never keeps a copy of the pipeline.
   */
  onStepEnd?: (step: PipelineStep) => void;
  /**
   * Country names, read as governments when cited. Without them the core asks Intl, which costs
   * a fresh tab about 60 ms; the extension computes them once in its background instead.
   */
  countries?: readonly string[];
}
