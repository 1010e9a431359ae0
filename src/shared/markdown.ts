import TurndownService from 'turndown';
import type { PurifyWindow } from '../core/sanitize';
import type { ExtractResult } from '../core/types';
import { articleElement } from './export-html';

/**
 * The article as Markdown, by Turndown (a well-kept HTML-to-Markdown converter) from the same
 * sanitized DOM the HTML export builds: a `# Title` heading, the facts and source link, the text,
 * the sources. The popup's copy and the CLI's `--format markdown` both write it; the content
 * script has no room for it.
 */
export function articleMarkdown(article: ExtractResult, win: PurifyWindow): string {
  const turndown = new TurndownService({ headingStyle: 'atx', codeBlockStyle: 'fenced', bulletListMarker: '-', emDelimiter: '*' });
  // Images without an address say nothing in Markdown.
  turndown.addRule('imageWithoutSource', { filter: (node) => node.nodeName === 'IMG' && !node.getAttribute('src'), replacement: () => '' });
  // A formula with its TeX source (src/core/formulas.ts) is written as note apps and static site
  // generators read formulas: $…$ in a line, $$…$$ on lines of its own. Its angle brackets become
  // TeX's \lt and \gt, so no renderer that passes HTML through can read a tag in it.
  turndown.addRule('formula', {
    filter: (node) => node.localName === 'math' && Boolean(node.getAttribute('alttext')),
    replacement: (_content, node) => {
      const tex = ((node as Element).getAttribute('alttext') ?? '').replace(/</g, '\\lt ').replace(/>/g, '\\gt ');
      return (node as Element).getAttribute('display') === 'block' ? `\n\n$$\n${tex}\n$$\n\n` : `$${tex}$`;
    },
  });
  // Text that looks like a tag ("<script>" in a title) must stay text in Markdown renderers that pass HTML through.
  const escape = turndown.escape.bind(turndown);
  turndown.escape = (text) => escape(text).replace(/</g, '\\<');
  return `${turndown.turndown(articleElement(article, win)).trim()}\n`;
}
