import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle, isFailure } from '../../src/core';
import { auditHtml, sanitizeEachToHtml, sanitizeToFragment, sanitizeToHtml, type PurifyWindow } from '../../src/core/sanitize';
import { ATTACK_VECTORS } from '../fixtures/attack-vectors';

const PARAGRAPHS = [
  'The council met on Tuesday evening to vote on the new budget for the coming year, which includes money for roads.',
  'Several residents spoke during the public comment period, asking the council to spend more on the town library.',
  'The budget passed by a vote of five to two, and the new spending plan takes effect on the first of next month.',
];

/**
 * The vector closes the article: several mutation payloads are unterminated on purpose, and
 * whatever follows them is, for a browser too, swallowed into their raw text.
 */
function articlePage(vector: string): string {
  const body = PARAGRAPHS.map((p) => `<p>${p}</p>`).join('');
  return `<!doctype html><html lang="en"><head><title>Council passes budget</title></head><body>
    <article><h1>Council passes budget</h1>${body}${vector}</article>
    </body></html>`;
}

/** Renders HTML in a jsdom that runs scripts, and says whether any payload fired. */
function fires(html: string): boolean {
  const dom = new JSDOM(`<!doctype html><body>${html}</body>`, { runScripts: 'dangerously' });
  const pwned = (dom.window as unknown as { __siftPwned?: number }).__siftPwned;
  dom.window.close();
  return pwned !== undefined;
}

function win(): PurifyWindow {
  return new JSDOM('').window as unknown as PurifyWindow;
}

describe('the render check can fail', () => {
  it('sees a payload that runs', () => {
    expect(fires('<script>window.__siftPwned=1</script>')).toBe(true);
  });
  it('audit sees forbidden markup', () => {
    const problems = auditHtml('<p onclick="x()">a</p><a href="javascript:x()">b</a><svg></svg>', win());
    expect(problems).toEqual(expect.arrayContaining(['onclick handler on <p>', '<svg> element']));
    expect(problems.some((p) => p.startsWith('unsafe href'))).toBe(true);
  });
});

describe.each(ATTACK_VECTORS)('sanitizer against $name', ({ html }) => {
  it('returns HTML that passes the audit and fires nothing', () => {
    const w = win();
    const holder = w.document.createElement('div');
    holder.append(Object.assign(w.document.createElement('p'), { textContent: 'Kept text.' }));
    const parsed = w.document.createElement('template');
    // Parsing the vector is what the page itself would have done; the sanitizer gets the result.
    parsed.innerHTML = html;
    holder.append(parsed.content);
    const out = sanitizeToHtml(holder, w);
    expect(auditHtml(out, w)).toEqual([]);
    expect(fires(out)).toBe(false);
    expect(out).toContain('Kept text.');
  });

  it('in a batch (the removed blocks): the same HTML as alone, in order', () => {
    const w = win();
    const parsed = w.document.createElement('template');
    parsed.innerHTML = html;
    const first = Object.assign(w.document.createElement('p'), { textContent: 'First.' });
    const last = Object.assign(w.document.createElement('p'), { textContent: 'Last.' });
    const nodes = [first, ...Array.from(parsed.content.childNodes), last];
    const alone = nodes.map((n) => sanitizeToHtml(n, w));
    const batch = sanitizeEachToHtml(nodes, w);
    expect(batch).toEqual(alone);
    for (const out of batch) expect(auditHtml(out, w)).toEqual([]);
  });

  it('returns a fragment that passes the audit', () => {
    const w = win();
    const holder = w.document.createElement('div');
    holder.append(sanitizeToFragment(html, w));
    expect(fires(holder.innerHTML)).toBe(false);
    expect(auditHtml(holder.innerHTML, w)).toEqual([]);
  });

  it('inside an article: the article stays and the vector goes', () => {
    const dom = new JSDOM(articlePage(html), { url: 'https://news.example/budget' });
    const result = extractArticle(dom.window.document, { url: 'https://news.example/budget' });
    if (isFailure(result)) throw new Error(result.message);
    for (const p of PARAGRAPHS) expect(result.text).toContain(p);
    expect(auditHtml(result.html, win())).toEqual([]);
    expect(fires(result.html)).toBe(false);
  });
});

describe('sanitizer keeps what an article needs', () => {
  it('keeps links, images, figures, lists and tables', () => {
    const w = win();
    const html = `<figure><img src="https://img.example/a.jpg" srcset="https://img.example/a2.jpg 2x" alt="A"><figcaption>Caption (Jane Doe/AP Photo)</figcaption></figure>
      <p>See <a href="https://example.org/x">the report</a> and <a href="/local">this</a>.</p>
      <ul><li>One</li></ul><table><tr><td>Cell</td></tr></table><img src="data:image/png;base64,iVBORw0KGgo=" alt="inline">`;
    const out = sanitizeToFragment(html, w);
    const holder = w.document.createElement('div');
    holder.append(out);
    expect(holder.querySelector('figcaption')?.textContent).toBe('Caption (Jane Doe/AP Photo)');
    expect(holder.querySelector('img')?.getAttribute('srcset')).toBe('https://img.example/a2.jpg 2x');
    expect(holder.querySelector('a')?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(holder.querySelectorAll('li, td').length).toBe(2);
    expect(holder.querySelector('img[alt="inline"]')?.getAttribute('src')).toMatch(/^data:image\/png/);
  });
});

describe('sanitizer keeps formulas', () => {
  // KaTeX's MathML, as a page has it: the TeX source rides along in an annotation.
  const KATEX = '<p>Euler: <math><semantics><mrow><msup><mi>e</mi><mrow><mi>i</mi><mi>π</mi></mrow></msup><mo>+</mo><mn>1</mn><mo>=</mo><mn>0</mn></mrow><annotation encoding="application/x-tex">e^{i\\pi}+1=0</annotation></semantics></math>.</p>';

  it('keeps MathML, without the TeX source beside it', () => {
    const w = win();
    const out = sanitizeToHtml(sanitizeToFragment(KATEX, w), w);
    const holder = w.document.createElement('div');
    holder.append(sanitizeToFragment(out, w));
    expect(holder.querySelector('math msup mi')?.namespaceURI).toBe('http://www.w3.org/1998/Math/MathML');
    expect(holder.textContent).toBe('Euler: eiπ+1=0.');
    expect(auditHtml(out, w)).toEqual([]);
  });

  it('drops a link on a formula, which would open in the reader’s own tab', () => {
    const w = win();
    const holder = w.document.createElement('div');
    holder.append(sanitizeToFragment('<math href="https://a.example/"><mi href="/x">x</mi></math><a href="/y">y</a>', w));
    expect(holder.querySelector('math')).not.toBeNull();
    expect(holder.querySelectorAll('[href]').length).toBe(1);
  });
});

describe('markup without a body', () => {
  it('markup that parses into no body (a frameset) gives an empty fragment, not the text "null"', () => {
    const w = win();
    const holder = w.document.createElement('div');
    holder.append(sanitizeToFragment('<frameset><frame src="https://evil.example/"></frameset>', w));
    expect(holder.innerHTML).toBe('');
  });
});

describe('page-defined custom elements', () => {
  it('cannot upgrade sanitized nodes once they are in the page', () => {
    const dom = new JSDOM('<!doctype html><body></body>', { runScripts: 'outside-only' });
    dom.window.eval(`
      class Evil extends HTMLParagraphElement { connectedCallback() { window.__siftPwned = 1; } }
      customElements.define('evil-paragraph', Evil, { extends: 'p' });
      window.__probe = document.createElement('p', { is: 'evil-paragraph' });
    `);
    const w = dom.window as unknown as PurifyWindow & { __siftPwned?: number; __probe: HTMLElement };
    // The probe proves the page's definition works in this jsdom: appending it fires.
    w.document.body.append(w.__probe);
    expect(w.__siftPwned).toBe(1);
    w.__siftPwned = undefined;
    w.document.body.append(sanitizeToFragment('<p is="evil-paragraph">Odd.</p><div><p is="evil-paragraph">Nested.</p></div>', w));
    expect(w.__siftPwned).toBeUndefined();
    expect(w.document.body.textContent).toContain('Nested.');
  });
});

describe('the strict profile', () => {
  const TAGS = ['script', 'style', 'link', 'meta', 'base', 'title', 'iframe', 'frame', 'object', 'embed', 'applet', 'portal', 'form', 'input', 'button', 'select', 'option', 'textarea', 'datalist', 'output', 'keygen', 'template', 'noscript', 'noembed', 'noframes', 'xmp', 'svg', 'dialog', 'slot'];
  it.each(TAGS)('drops <%s>', (tag) => {
    const w = win();
    const holder = w.document.createElement('div');
    holder.append(sanitizeToFragment(`<p>Kept.</p><${tag} id="x">inside</${tag}>`, w));
    expect(holder.querySelector(tag)).toBeNull();
    expect(auditHtml(holder.innerHTML, w)).toEqual([]);
  });

  it.each(['style="color:red"', 'srcdoc="<b>x</b>"', 'formaction="/x"', 'action="/x"', 'ping="/x"', 'background="/x.png"', 'poster="/x.png"'])('drops %s', (attr) => {
    const w = win();
    const holder = w.document.createElement('div');
    holder.append(sanitizeToFragment(`<p ${attr}>Kept.</p><video ${attr}></video><a href="/a" ${attr}>a</a>`, w));
    const name = attr.split('=')[0] ?? '';
    expect(holder.querySelector(`[${name}]`)).toBeNull();
  });
});
