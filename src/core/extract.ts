import { findSources, readPageAttribution } from './attributions';
import { keepFormulaSource } from './formulas';
import { resolveImages } from './images';
import { removeClutter } from './clutter';
import { countrySet } from './countries';
import { removeDuplicates } from './duplicates';
import { tooManyElements, tooMuchText } from './limits';
import { copyForReadability } from './clone';
import { planPrune } from './prune';
import { runReadability } from './readability';
import { recordRemovals, sanitizeWithRemovals, snapshotBlocks } from './removals';
import { readingStats } from './reading-time';
import { articleParagraphs } from './text';
import type { ExtractOptions, ExtractOutcome, PipelineStep } from './types';

const noStepHook = (_step: PipelineStep): void => undefined;

/**
 * Sift's extraction pipeline. Pure: it reads `doc`, works on its own clone and never changes the
 * caller's document, so the content script can hand it the live page.
 */
export function extractArticle(doc: Document, options: ExtractOptions): ExtractOutcome {
  const { url } = options;
  const win = options.window ?? (doc.defaultView as (Window & typeof globalThis) | null);
  if (!win) throw new TypeError('extractArticle needs a document with a window, or options.window');
  const stepEnd = options.onStepEnd ?? noStepHook;

  // 0. Refuse pages too large to read without freezing the tab, before paying for a clone.
  const tooMany = tooManyElements(doc);
  if (tooMany) return { error: 'too-large', url, message: tooMany };
  stepEnd('limits');

  // 1. Page metadata that Readability would strip (canonical link, JSON-LD), read from the page
  // itself: the copy below leaves out the hidden and chrome blocks some pages keep it in.
  const pageMeta = readPageAttribution(doc, url);
  stepEnd('pageMeta');

  // 2. Scripts, hidden nodes, menus, sidebars and footers are planned out, read from the live page,
  // so Readability reads half the page; a page that marks its one article gives only that branch.
  const plan = planPrune(doc);
  stepEnd('prune');

  // 3. The copy: Readability and every later step rewrite the tree they are given.
  const work = copyForReadability(doc, plan);
  // Measured on the copy, without the scripts' and styles' text.
  const tooLong = tooMuchText(work);
  if (tooLong) return { error: 'too-large', url, message: tooLong };
  stepEnd('clone');

  // 3b. Lazy-loaded images get their real src and tracking pixels go: Readability keeps images by
  // src. Formulas keep their TeX source as an attribute, out of the text.
  resolveImages(work);
  keepFormulaSource(work);
  stepEnd('images');

  // 4. Readability finds the article body. A page that needs its second pass gets a fresh copy.
  const article = runReadability(work, () => {
    const fresh = copyForReadability(doc, plan);
    resolveImages(fresh);
    keepFormulaSource(fresh);
    return fresh;
  });
  if (!article) return { error: 'no-article', url, message: 'Sift found no article on this page.' };
  const { root } = article;
  stepEnd('readability');

  // 5. Clutter Readability leaves in: share bars, related stories, promos. The blocks are
  // snapshotted first so the reader can show what steps 4 and 5 removed, in place.
  const snapshot = snapshotBlocks(root);
  const clutter = removeClutter(root, { title: article.title, url, byline: article.byline ?? pageMeta.byline });
  stepEnd('clutter');

  // 6. Repeated and reworded sentences.
  const duplicates = removeDuplicates(root, { title: article.title });
  const removals = recordRemovals(root, snapshot, { clutter, duplicates });
  stepEnd('duplicates');

  // 7. The plain text, paragraph by paragraph: what the popup shows and the sources are read from.
  const paragraphs = articleParagraphs(root);
  const text = paragraphs.join('\n\n');
  if (!text) return { error: 'no-article', url, message: 'Sift found no article on this page.' };
  stepEnd('text');

  // 8. Who the story says its facts came from.
  const page = {
    ...pageMeta,
    byline: article.byline ?? pageMeta.byline,
    siteName: article.siteName ?? pageMeta.siteName,
    publishedTime: article.publishedTime ?? pageMeta.publishedTime,
  };
  // Credit lines the clutter pass took out ("Reporting by …; Editing by …") still name sources.
  const credits = clutter.filter((c) => c.reason === 'byline').map((c) => c.text);
  const sources = findSources(root, page, { credits, countries: countrySet(options.countries), paragraphs, url });
  stepEnd('sources');

  // 9. The sanitized HTML.
  const html = sanitizeWithRemovals(root, removals, win);
  stepEnd('sanitize');
  const lang = article.lang ?? (doc.documentElement.getAttribute('lang') || null);

  return {
    url,
    title: article.title,
    byline: page.byline,
    siteName: page.siteName,
    publishedTime: page.publishedTime,
    lang,
    dir: article.dir,
    excerpt: article.excerpt,
    html,
    text,
    ...readingStats(text, lang),
    removed: { clutter, duplicates, blocks: removals.blocks },
    sources,
    page,
  };
}
