import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle, isFailure, type ExtractOutcome } from '../../src/core';
import { loadBytes } from '../../src/cli/load';

/** Issue #7: broken and awkward pages get a result or a clear word, never an exception. */

const url = 'https://awkward.example/page';

function extract(html: string): ExtractOutcome {
  const dom = new JSDOM(html, { url });
  return extractArticle(dom.window.document, { url });
}

const STORY = [
  'The river rose above its banks on Sunday night, flooding the low streets of the old town for the first time in twenty years.',
  'Volunteers filled sandbags through the night, and by morning the water had begun to fall back toward the main channel again.',
  'The mayor thanked the volunteers and said the town would ask the region for help to pay for repairs to the damaged bridge.',
];

describe('pages with no article', () => {
  it('an empty page', () => {
    const result = extract('<!doctype html><html><head><title>Empty</title></head><body></body></html>');
    expect(isFailure(result) && result.error).toBe('no-article');
    expect(isFailure(result) && result.message).toMatch(/no article/i);
  });

  it('an app shell with only a mount point and a script', () => {
    const result = extract('<!doctype html><html><body><div id="root"></div><noscript>You need to enable JavaScript to run this app.</noscript><script src="/app.js"></script></body></html>');
    expect(isFailure(result) && result.error).toBe('no-article');
  });

  it('a search results page', () => {
    const hits = Array.from({ length: 10 }, (_, i) =>
      `<li><a href="/r/${i}">Result ${i}: river levels</a><div class="snippet">River levels… updated ${i} hours ago…</div></li>`).join('');
    const result = extract(`<!doctype html><html><body><form><input name="q" value="river"></form><ol class="results">${hits}</ol></body></html>`);
    expect(isFailure(result) && result.error).toBe('no-article');
  });
});

describe('pages that are broken but readable', () => {
  it('malformed HTML: unclosed tags, stray end tags, misnested inline markup', () => {
    const html = `<html><body><div><article><h1>Flood</h3><p>${STORY[0]}<p><b><i>${STORY[1]}</b></i></div></span><p>${STORY[2]}`;
    const result = extract(html);
    if (isFailure(result)) throw new Error(result.message);
    for (const s of STORY) expect(result.text).toContain(s);
  });

  it('right-to-left text keeps its direction and words', () => {
    const para = 'ارتفع منسوب النهر فوق ضفتيه ليلة الأحد وغمرت المياه الشوارع المنخفضة في البلدة القديمة لأول مرة منذ عشرين عاما، وعمل المتطوعون طوال الليل.';
    const html = `<!doctype html><html lang="ar" dir="rtl"><head><title>فيضان</title></head><body><article><h1>فيضان</h1><p>${para}</p><p>${para} ${para}</p><p>${para}</p></article></body></html>`;
    const result = extract(html);
    if (isFailure(result)) throw new Error(result.message);
    expect(result.dir).toBe('rtl');
    expect(result.lang).toBe('ar');
    expect(result.text).toContain('ارتفع منسوب النهر');
  });

  it('frames: the top document is read, frame contents are not pulled in', () => {
    const body = STORY.map((s) => `<p>${s}</p>`).join('');
    const result = extract(`<!doctype html><html><body><article>${body}<iframe src="https://ads.example/frame" title="ad"></iframe></article></body></html>`);
    if (isFailure(result)) throw new Error(result.message);
    for (const s of STORY) expect(result.text).toContain(s);
    expect(result.html).not.toMatch(/<iframe/i);
  });

  it('a frameset page has no article to read', () => {
    const result = extract('<!doctype html><html><frameset cols="50%,50%"><frame src="a.html"><frame src="b.html"></frameset></html>');
    expect(isFailure(result) && result.error).toBe('no-article');
  });

  it('a page whose CSS the parser cannot read still gives its article (CLI loader)', () => {
    const body = STORY.map((s) => `<p>${s}</p>`).join('');
    const css = '<style>@media (min-width:1px){.a{color:red}} .b{{{ color: ; } @supports selector(:has(a)) { .c:has(> .d) { x: y } } .e::-webkit-scrollbar{width:0}</style>';
    const page = loadBytes(Buffer.from(`<!doctype html><html><head>${css}</head><body><article>${body}</article></body></html>`), url);
    const result = extractArticle(page.document, { url, window: page.window });
    if (isFailure(result)) throw new Error(result.message);
    for (const s of STORY) expect(result.text).toContain(s);
  });
});
