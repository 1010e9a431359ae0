import { describe, expect, it } from 'vitest';
import { loadBytes, parseHtml } from '../../src/cli/load';

describe('the shared HTML loader', () => {
  it('resolves relative links against the page URL and honours <base>', () => {
    const page = parseHtml('<p><a href="next.html">next</a></p>', 'https://news.example/2025/story.html');
    expect(page.document.querySelector('a')?.href).toBe('https://news.example/2025/next.html');
    const based = parseHtml('<base href="https://cdn.example/a/"><img src="x.jpg">', 'https://news.example/');
    expect(based.document.querySelector('img')?.src).toBe('https://cdn.example/a/x.jpg');
  });

  it('survives stylesheets that jsdom cannot parse, and runs no scripts', () => {
    const html = '<style>@media (min-width:1px){.a{min-height:calc(100vh - (2 * 3px)}}</style><script>document.title="ran"</script><title>t</title><p>ok</p>';
    const page = parseHtml(html, 'https://x.example/');
    expect(page.document.querySelector('p')?.textContent).toBe('ok');
    expect(page.document.title).toBe('t');
  });

  it('decodes bytes with the declared charset before parsing', () => {
    const bytes = Uint8Array.from('<meta charset="windows-1252"><p>na\u00efve</p>', (c) => c.charCodeAt(0));
    expect(loadBytes(bytes, 'https://x.example/').document.querySelector('p')?.textContent).toBe('naïve');
  });
});
