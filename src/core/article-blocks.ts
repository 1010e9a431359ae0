/**
 * The story's own paragraphs and captions, for the source finder. Whatever the clutter pass left
 * of the site's furniture (share bars, tag lists, related-story grids, menus) is skipped here too:
 * a network in a share bar or a site name in a menu is never a source (issue #5).
 */
// The clutter pass's own labels: one list of what opens a related-stories block, in six languages.
import { RELATED_LABEL } from './clutter-labels';
import { articleParagraphs, collapse, solidChars } from './text';

export interface Block {
  text: string;
  /** BCP 47 language of the block, for sentence splitting. */
  lang: string;
}

/** Furniture by element, and by ARIA role. */
const FURNITURE_TAGS = new Set(['NAV', 'ASIDE', 'FOOTER', 'FORM', 'BUTTON', 'MENU', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
const FURNITURE_ROLES = new Set(['navigation', 'complementary']);
/** Class or id words of furniture blocks. Whole words only: "share-bar", not "shareholder". */
const FURNITURE_NAME =
  /(?:^|[\s_-])(?:share|sharing|social|related|recommended|recommendations|more-stories|read-more|newsletter|promo|tags|tag-list|breadcrumbs?|menu|subscribe|trending|popular|most-read)(?:$|[\s_-])/iu;
/** Containers that may be a list of links. */
const LIST_TAGS = new Set(['UL', 'OL', 'DIV', 'SECTION']);
const SUBHEAD_TAGS = new Set(['H2', 'H3', 'H4', 'H5', 'H6']);
/** Share of a block's text inside links above which it is a list of links, not prose. */
const MAX_LINK_DENSITY = 0.7;
/** Blocks shorter than this are judged by link density only when they hold several links. In characters. */
const MIN_LINK_LIST_CHARS = 15;

/** What `isLinkList` reads of each element, counted for all of them in one walk. */
interface LinkCounts {
  /** Links below the element. */
  links: number;
  /** Characters of link text below it, every link counted (a link nested in another too). */
  linkChars: number;
  /** Characters of its text that are not white space. */
  solid: number;
}

/**
 * Counts below every element in one walk up from the leaves. Measuring each container on its
 * own built the collapsed text of every nested div again and walked its links again: the most
 * garbage the source finder made (issue #8).
 */
function countLinks(el: Element, into: Map<Element, LinkCounts>): LinkCounts {
  const counts: LinkCounts = { links: 0, linkChars: 0, solid: 0 };
  for (let child = el.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) counts.solid += solidChars((child as Text).data);
    if (child.nodeType !== 1) continue;
    const below = countLinks(child as Element, into);
    const isLink = (child as Element).tagName.toUpperCase() === 'A';
    counts.links += below.links + (isLink ? 1 : 0);
    counts.linkChars += below.linkChars + (isLink ? collapse(child.textContent ?? '').length : 0);
    counts.solid += below.solid;
  }
  into.set(el, counts);
  return counts;
}

function isLinkList(el: Element, counts: ReadonlyMap<Element, LinkCounts>): boolean {
  const below = counts.get(el);
  // All white space (or none): the collapsed text is empty.
  if (!below || below.links < 2 || below.solid === 0) return false;
  // The collapsed text keeps every character that is not white space: links holding no more than
  // the share of those cannot hold more than the share of the text, which need not be built.
  if (below.linkChars / below.solid <= MAX_LINK_DENSITY) return false;
  const text = collapse(el.textContent ?? '');
  if (text.length < MIN_LINK_LIST_CHARS) return false;
  return below.linkChars / text.length > MAX_LINK_DENSITY;
}

function isFurniture(el: Element, links: ReadonlyMap<Element, LinkCounts>): boolean {
  const tag = el.tagName.toUpperCase();
  return (
    FURNITURE_TAGS.has(tag) ||
    FURNITURE_ROLES.has(el.getAttribute('role') ?? '') ||
    FURNITURE_NAME.test(`${el.getAttribute('class') ?? ''} ${el.id}`) ||
    (LIST_TAGS.has(tag) && isLinkList(el, links))
  );
}

/** Furniture blocks, outermost only: nothing inside one is looked at again. */
function furniture(root: HTMLElement): Element[] {
  const out: Element[] = [];
  const links = new Map<Element, LinkCounts>();
  countLinks(root, links);
  const visit = (el: Element): void => {
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
      if (isFurniture(child, links)) {
        out.push(child);
      } else if (SUBHEAD_TAGS.has(child.tagName.toUpperCase()) && RELATED_LABEL.test(collapse(child.textContent ?? ''))) {
        out.push(child);
        if (el !== root) {
          out.push(el);
          return;
        }
        for (let sib = child.nextElementSibling; sib; sib = sib.nextElementSibling) out.push(sib);
        return;
      } else {
        visit(child);
      }
    }
  };
  visit(root);
  return out;
}

/** A language tag the sentence splitter accepts: pages write "en_US", "english" or nothing. */
function validLang(raw: string | null | undefined): string {
  try {
    return Intl.getCanonicalLocales(raw?.trim().replace(/_/gu, '-') || 'en')[0] ?? 'en';
  } catch {
    return 'en';
  }
}

/** The article's paragraphs and captions, in order, without the site's furniture. */
export function articleBlocks(root: HTMLElement, paragraphs: readonly string[] = articleParagraphs(root)): Block[] {
  const skip = new Set<string>();
  for (const el of furniture(root)) for (const text of articleParagraphs(el)) skip.add(text);
  const lang = validLang(root.closest('[lang]')?.getAttribute('lang') ?? root.ownerDocument?.documentElement?.getAttribute('lang'));
  return paragraphs
    .filter((text) => !skip.has(text))
    .map((text) => ({ text, lang }));
}
