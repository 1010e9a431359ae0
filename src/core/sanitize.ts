import createDOMPurify, { type Config } from 'dompurify';

/**
 * The one audited place where HTML becomes markup or markup becomes HTML. Everything extracted
 * that Sift shows or exports passes through here: the popup, the reader and the CLI.
 */

type PurifyWindow = Window & typeof globalThis;

/** Strict profile: the article's text, structure, links and images, nothing that runs or loads a document. */
export const STRICT_PROFILE: Config = {
  USE_PROFILES: { html: true },
  FORBID_TAGS: [
    'script', 'style', 'link', 'meta', 'base', 'iframe', 'frame', 'frameset', 'object', 'embed',
    'form', 'input', 'button', 'select', 'option', 'textarea', 'template', 'noscript', 'svg', 'math',
  ],
  FORBID_ATTR: ['style', 'srcdoc', 'formaction', 'action', 'ping'],
  ALLOW_DATA_ATTR: false,
  // Plain http(s), mailto and relative links; data: only for images (handled by DOMPurify's
  // DATA_URI_TAGS), never javascript:, vbscript: or data:text/html on links.
  ALLOWED_URI_REGEXP: /^(?:(?:https?|mailto|tel):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i,
};

const purifiers = new WeakMap<PurifyWindow, ReturnType<typeof createDOMPurify>>();

function purifierFor(win: PurifyWindow): ReturnType<typeof createDOMPurify> {
  let purifier = purifiers.get(win);
  if (!purifier) {
    purifier = createDOMPurify(win);
    purifiers.set(win, purifier);
  }
  return purifier;
}

/** Sanitizes an element (from any document) and returns safe HTML. */
export function sanitizeToHtml(node: Node, win: PurifyWindow): string {
  return purifierFor(win).sanitize(node, { ...STRICT_PROFILE, RETURN_TRUSTED_TYPE: false }) as string;
}

/** Sanitizes an HTML string into a fragment owned by `win.document`, ready to append. */
export function sanitizeToFragment(html: string, win: PurifyWindow): DocumentFragment {
  return purifierFor(win).sanitize(html, { ...STRICT_PROFILE, RETURN_DOM_FRAGMENT: true });
}
