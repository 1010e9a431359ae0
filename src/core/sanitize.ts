import createDOMPurify, { type Config, type DOMPurify } from 'dompurify';

/**
 * The one audited place where HTML becomes markup or markup becomes HTML. Everything extracted
 * that Sift shows or exports passes through here: the popup, the reader and the CLI. ESLint
 * forbids innerHTML and its relatives everywhere else.
 */

export type PurifyWindow = Window & typeof globalThis;

/**
 * Elements that run code, load another document, submit data or change how the rest of the
 * markup is parsed (template, noscript and SVG are where mutation-based XSS lives). An article
 * needs none of them. MathML stays, on DOMPurify's own MathML profile: without it an article's
 * formulas vanish (KaTeX and MathJax pages), and that profile checks each element's namespace
 * against its parent's, which is the mutation XSS defence.
 */
const FORBIDDEN_TAGS = [
  'script', 'style', 'link', 'meta', 'base', 'title', 'iframe', 'frame', 'frameset', 'object',
  'embed', 'applet', 'portal', 'form', 'input', 'button', 'select', 'option', 'optgroup',
  'textarea', 'datalist', 'output', 'keygen', 'template', 'noscript', 'noembed', 'noframes',
  'xmp', 'plaintext', 'svg', 'dialog', 'slot',
];

/** Attributes that carry code, styles (`url()` fetches) or a second document. */
const FORBIDDEN_ATTRS = ['style', 'srcdoc', 'formaction', 'action', 'ping', 'background', 'poster', 'xlink:href', 'is'];

/**
 * The part of those lists that DOMPurify's html profile would otherwise keep; it drops the rest
 * by itself. Listed apart so the full lists (used by `auditHtml`) stay out of the content script;
 * the unit tests sanitize every forbidden tag and attribute, so a DOMPurify upgrade that widens
 * its profile fails them.
 */
const PROFILE_FORBID_TAGS = ['style', 'form', 'input', 'button', 'select', 'option', 'optgroup', 'textarea', 'datalist', 'output', 'template', 'dialog', 'slot'];
const PROFILE_FORBID_ATTRS = ['style', 'action', 'background', 'poster'];

/** Images may be inlined as data: URIs; nothing else may be (data:text/html is a document). */
const SAFE_DATA_URI = /^data:image\/(?:png|jpe?g|gif|webp|avif|bmp);/i;

/** http(s), mailto, tel and relative addresses; every other scheme (javascript:, vbscript:, data:) is dropped. */
const ALLOWED_URI = /^(?:(?:https?|mailto|tel):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i;

const URL_ATTRS = ['href', 'src', 'cite', 'longdesc'];

const HTML = 'http://www.w3.org/1999/xhtml';
const MATHML = 'http://www.w3.org/1998/Math/MathML';

/** Strict profile: the article's text, structure, links and images, nothing that runs or loads a document. */
export const STRICT_PROFILE: Config = {
  USE_PROFILES: { html: true, mathMl: true },
  // A formula's TeX source, which DOMPurify would otherwise leave as text beside the formula.
  ADD_FORBID_CONTENTS: ['annotation'],
  FORBID_TAGS: PROFILE_FORBID_TAGS,
  FORBID_ATTR: PROFILE_FORBID_ATTRS,
  ALLOW_DATA_ATTR: false,
  // The empty markers where removed blocks were (src/core/removals.ts), which the reader fills on
  // request, and a formula's TeX source (src/core/formulas.ts).
  ADD_ATTR: ['data-sift-removed', 'alttext'],
  ALLOW_ARIA_ATTR: true,
  ALLOWED_URI_REGEXP: ALLOWED_URI,
  // Drop the content of dangerous elements too, not just their tags.
  KEEP_CONTENT: true,
  WHOLE_DOCUMENT: false,
};

/**
 * One purifier per window, always returning the sanitized body: the HTML and fragment outputs are
 * read off it as DOMPurify itself would (its string output is `body.innerHTML`). A purifier per
 * output cost the reader a second and third DOMPurify (each one built and configured, its first
 * run on cold code) right after extraction had warmed the first (issue #8).
 */
const CONFIG: Config = { ...STRICT_PROFILE, RETURN_DOM: true };
const purifiers = new WeakMap<PurifyWindow, DOMPurify>();

/** DOMPurify's hooks cover what its URI check does not: data: on media, srcset and link targets. */
function harden(purifier: DOMPurify): void {
  // The reader renders inside the page's own document, where a page-defined customized built-in
  // element would upgrade a node carrying `is` and run page code on it. The parser keeps an `is`
  // value even after the attribute goes (and serializes it back), so such nodes are rebuilt.
  purifier.addHook('uponSanitizeElement', (node) => {
    if (!('hasAttribute' in node) || !(node as Element).hasAttribute('is')) return;
    const el = node as Element;
    const fresh = el.ownerDocument.createElementNS(el.namespaceURI, el.localName);
    for (const attr of Array.from(el.attributes)) if (attr.name !== 'is') fresh.setAttribute(attr.name, attr.value);
    fresh.append(...Array.from(el.childNodes));
    el.replaceWith(fresh);
  });
  purifier.addHook('afterSanitizeAttributes', (node) => {
    // Most of an article's elements have no attribute left, and nothing here to check (issue #8).
    if (!('hasAttributes' in node) || !(node as Element).hasAttributes()) return;
    const el = node as Element;
    for (const name of URL_ATTRS) {
      const value = el.getAttribute(name);
      if (value !== null && /^\s*data:/i.test(value) && !SAFE_DATA_URI.test(value.trim())) el.removeAttribute(name);
    }
    const srcset = el.getAttribute('srcset');
    if (srcset !== null && !srcset.split(',').every((c) => isSafeUrl(c.trim().split(/\s+/)[0] ?? ''))) {
      el.removeAttribute('srcset');
    }
    // Links open outside the reader and must not hand the page a window.opener.
    if (el.tagName === 'A' && el.hasAttribute('href')) {
      el.setAttribute('target', '_blank');
      el.setAttribute('rel', 'noopener noreferrer');
    } else if (el.namespaceURI === MATHML) {
      // Firefox follows a MathML href in the reader's own tab; a formula needs no link.
      el.removeAttribute('href');
    }
  });
}

/**
 * The window's purifier, set to the config with `setConfig`: passing the config to every call makes
 * DOMPurify rebuild its tag and attribute sets each time, which costs more than a small block.
 */
function purifierFor(win: PurifyWindow): DOMPurify {
  let purifier = purifiers.get(win);
  if (!purifier) {
    // DOMPurify's module already built an instance for the global window (the content script's, the
    // popup's): a second one for the same window was a millisecond or two of every injection (issue #8).
    purifier = win === globalThis && createDOMPurify.isSupported ? createDOMPurify : createDOMPurify(win);
    purifier.setConfig(CONFIG);
    harden(purifier);
    purifiers.set(win, purifier);
  }
  return purifier;
}

/**
 * The sanitized copy of `dirty` (a node is imported, never changed; a string is parsed inertly), as
 * a body element; null for markup that parses into no body at all (a frameset).
 */
function sanitizedBody(dirty: Node | string, win: PurifyWindow): HTMLElement | null {
  return purifierFor(win).sanitize(dirty) as unknown as HTMLElement | null;
}

function isSafeUrl(url: string): boolean {
  return ALLOWED_URI.test(url) || SAFE_DATA_URI.test(url);
}

/** Sanitizes a node (from any document; DOMPurify imports a copy, the node is left as it is) and returns safe HTML. */
export function sanitizeToHtml(node: Node, win: PurifyWindow): string {
  return sanitizedBody(node, win)?.innerHTML ?? '';
}

/**
 * Sanitizes several nodes in one DOMPurify run and returns the HTML of each, as `sanitizeToHtml`
 * would. Each run builds a document of its own, which costs more than sanitizing a small block;
 * the removed blocks of a page are many and small. The nodes are moved, so they must be spare.
 */
export function sanitizeEachToHtml(nodes: readonly Node[], win: PurifyWindow): string[] {
  const doc = nodes[0]?.ownerDocument;
  if (!doc) return [];
  const batch = doc.createElement('div');
  for (const node of nodes) {
    // A wrapper per node: DOMPurify may unwrap a forbidden element (KEEP_CONTENT), never a div.
    const wrapper = doc.createElement('div');
    wrapper.append(node);
    batch.append(wrapper);
  }
  const body = sanitizedBody(batch, win);
  return Array.from(body?.firstElementChild?.children ?? [], (wrapper: Element) => wrapper.innerHTML);
}

/** Sanitizes an HTML string into a fragment, ready to append (appending adopts it into the page's document). */
export function sanitizeToFragment(html: string, win: PurifyWindow): DocumentFragment {
  const body = sanitizedBody(html, win);
  const fragment = (body?.ownerDocument ?? win.document).createDocumentFragment();
  while (body?.firstChild) fragment.appendChild(body.firstChild);
  return fragment;
}

/**
 * Independent check of sanitized output, for tests and property checks: parses `html` inertly and
 * lists every forbidden element, event handler, style or unsafe address it finds.
 */
export function auditHtml(html: string, win: PurifyWindow): string[] {
  const template = win.document.createElement('template');
  template.innerHTML = html;
  const problems: string[] = [];
  const forbidden = new Set(FORBIDDEN_TAGS);
  for (const el of Array.from(template.content.querySelectorAll('*'))) {
    const tag = el.localName;
    if (forbidden.has(tag)) problems.push(`<${tag}> element`);
    const ns = el.namespaceURI;
    // MathML may only hold MathML, or HTML inside its text elements (DOMPurify's namespace rule).
    const mathOk = ns === MATHML && (tag === 'math' || el.parentElement?.namespaceURI === MATHML);
    if (ns !== HTML && !mathOk) problems.push(`<${tag}> in ${ns ?? 'no'} namespace`);
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) problems.push(`${name} handler on <${tag}>`);
      if (FORBIDDEN_ATTRS.includes(name)) problems.push(`${name} attribute on <${tag}>`);
      // eslint-disable-next-line no-control-regex -- browsers ignore C0 controls and spaces inside a URL scheme, so the audit strips them too
      if (URL_ATTRS.includes(name) && !isSafeUrl(attr.value.replace(/[\u0000-\u0020]/g, ''))) {
        problems.push(`unsafe ${name}="${attr.value.slice(0, 40)}" on <${tag}>`);
      }
    }
  }
  return problems;
}
