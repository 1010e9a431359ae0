import { READER_HOST_ATTR_SELECTOR } from './host';

/**
 * Printing the reader prints only the reader. The reader lives in a shadow root, whose CSS cannot
 * reach the page, so while it is open the document adopts one constructed sheet that hides
 * everything else in print. A constructed sheet changes no node of the page, and goes on close.
 */

const PRINT_CSS = `@media print {
  html > :not(${READER_HOST_ATTR_SELECTOR}) { display: none !important; }
  html, body { background: #fff !important; }
}`;

export interface PrintSheet {
  add(): void;
  remove(): void;
}

export function printSheet(doc: Document): PrintSheet {
  const View = doc.defaultView as (Window & typeof globalThis) | null;
  if (!View) return { add() {}, remove() {} };
  const sheet = new View.CSSStyleSheet();
  sheet.replaceSync(PRINT_CSS);
  return {
    add() {
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    },
    remove() {
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
    },
  };
}
