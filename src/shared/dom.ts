/**
 * Builds DOM without a framework. The reader runs in the page's content script, where Preact
 * would take 4 KiB of the 60 KiB budget (issue #8); its few parts change in place instead of
 * being diffed. Text goes in as text nodes, never as markup.
 */

export type Child = Node | string | null | undefined | false;
/** Attribute values; a function under an `on…` name becomes that event's listener. */
export type AttrValue = string | number | null | undefined | ((event: Event) => void);

export function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  attrs: Record<string, AttrValue> = {},
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (typeof value === 'function') node.addEventListener(name.slice(2), value);
    // Never an inline handler: the reader lives in the page's document, where one would run as page code.
    else if (value !== null && value !== undefined && !/^on/i.test(name)) node.setAttribute(name, String(value));
  }
  for (const child of children.flat()) if (child) node.append(child);
  return node;
}
