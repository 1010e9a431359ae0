/**
 * The pipeline's own copy of the page, made without what the prune plan leaves out: Readability
 * and every later step rewrite the tree they are given, so they must never get the live page.
 * Subtrees with nothing left out are copied whole by the engine (`importNode(…, true)`); only the
 * elements above a left-out one are copied one by one, so the copy costs about what cloning the
 * whole page would, less the parts not copied.
 */
import { keepsBesideArticle, type PrunePlan } from './prune';

const JSON_LD = 'script[type="application/ld+json"]';

/** Elements to copy one by one: ancestors of a left-out element, and of the article when focused. */
function openElements(skipped: ReadonlySet<Element>, article: Element | null): Set<Element> {
  const open = new Set<Element>();
  const mark = (from: Element): void => {
    for (let at = from.parentElement; at && !open.has(at); at = at.parentElement) open.add(at);
  };
  for (const el of skipped) mark(el);
  if (article) mark(article);
  return open;
}

class Copier {
  /** The article's ancestors, whose other children stay only if they belong beside it. */
  private readonly path = new Set<Element>();

  private readonly open: ReadonlySet<Element>;

  constructor(
    private readonly work: Document,
    private readonly skipped: ReadonlySet<Element>,
    private readonly article: Element | null,
  ) {
    this.open = openElements(skipped, article);
    // Up to the body: what lies beside the body (the head) is not a teaser.
    for (let at = article?.parentElement; at; at = at.parentElement) {
      this.path.add(at);
      if (at.localName === 'body') break;
    }
  }

  copy(node: Node): Node {
    if (node.nodeType !== 1 || !this.open.has(node as Element)) return this.work.importNode(node, true);
    const el = node as Element;
    const copy = this.work.importNode(el, false);
    const onPath = this.path.has(el);
    let before = true;
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 1) {
        const element = child as Element;
        if (this.skipped.has(element)) continue;
        if (onPath) {
          const toArticle = element === this.article || this.path.has(element);
          if (toArticle) before = false;
          else if (!keepsBesideArticle(element, before, this.skipped)) continue;
        }
      }
      copy.appendChild(this.copy(child));
    }
    return copy;
  }
}

/** A copy of `doc` (same address, so relative links resolve as on the page) without what `plan` leaves out. */
export function copyForReadability(doc: Document, plan: PrunePlan): Document {
  const body = doc.body;
  if (!body || (!plan.skipped.size && !plan.article)) return doc.cloneNode(true) as Document;
  const skipped = new Set(plan.skipped);
  // Readability reads the article's metadata from JSON-LD wherever it is; outside the article's
  // branch it would be lost, so every block of it moves to the head of the copy.
  const jsonLd = plan.article ? Array.from(body.querySelectorAll(JSON_LD)) : [];
  for (const script of jsonLd) skipped.add(script);
  const work = doc.cloneNode(false) as Document;
  const copier = new Copier(work, skipped, plan.article);
  for (let child = doc.firstChild; child; child = child.nextSibling) work.appendChild(copier.copy(child));
  for (const script of jsonLd) work.head?.appendChild(work.importNode(script, true));
  return work;
}
