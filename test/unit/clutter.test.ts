import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { removeClutter } from '../../src/core/clutter';
import { URL, TITLE, PROSE, clean, expectRemoved, expectKept } from '../helpers/clutter-harness';

const cards = (n: number): string =>
  Array.from({ length: n }, (_, i) =>
    `<div><h3><a href="/2025/12/story-${i}/">Another story number ${i} that the site wants read</a></h3><p>The first words of story ${i} trail off…</p></div>`,
  ).join('');

describe('share bars', () => {
  it('removes a row of share links with its label', () => {
    expectRemoved(
      '<div><span>Share this article:</span><a href="https://www.facebook.com/sharer/sharer.php?u=x">Facebook</a>' +
        '<a href="https://twitter.com/intent/tweet?url=x">X</a><a href="https://wa.me/?text=x">WhatsApp</a></div>',
      'share-bar',
      'Share this article',
    );
  });
  it('removes an icon row of script buttons named for networks', () => {
    expectRemoved('<div><button>Whatsapp</button> <button>Facebook</button> <button>Pinterest</button></div>', 'share-bar', 'Whatsapp');
  });
  it('removes a prompt to share the story, with the question before it', () => {
    expectRemoved('<p><strong>Like this story? Share it with a friend!</strong></p>', 'share-bar', 'Share it with a friend');
    expectRemoved('<p>Enjoyed this article? Share it with your friends.</p>', 'share-bar', 'Share it with your friends');
  });
  it('keeps a sentence that shares something with a friend', () => {
    expectKept('<p>Like this story? Share it with a friend who missed the meeting, the mayor told residents on Tuesday.</p>', 'the mayor told residents');
  });
  it('keeps a paragraph whose prose says share, even with a link', () => {
    expectKept(
      '<p>Residents can <a href="/forms/feedback/">share their views</a> with the council until March, and several groups said they would share a joint letter.</p>',
      'Residents can share their views',
    );
  });
});

describe('related stories', () => {
  const labels = ['You May Also Like', 'Te puede interesar', 'À lire aussi', 'Das könnte Sie auch interessieren', 'Leia também', 'Leggi anche', 'Trending Now'];
  for (const label of labels) {
    it(`removes "${label}" with the links under it`, () => {
      expectRemoved(
        `<section><h2>${label}</h2><ul><li><a href="/a/">A first headline of another story</a></li><li><a href="/b/">A second headline of another story</a></li></ul></section>`,
        'related-stories',
        'second headline',
      );
    });
  }
  it('removes a grid of headline cards that have no label', () => {
    expectRemoved(`<div>${cards(4)}</div>`, 'related-stories', 'Another story number 2');
  });
  it('removes a label over a list whose every item links, however much text is around the links', () => {
    const item = (n: number): string => `<li>Story ${n} says the city <a href="/2025/11/s${n}/">must rethink its buses</a>, and more</li>`;
    expectRemoved(`<p>More Great City Stories</p><ul>${item(1)}${item(2)}${item(3)}</ul>`, 'related-stories', 'must rethink');
  });
  it('removes labels left stacked at the end, their lists gone, with a tab strip after them', () => {
    const tail = '<section><h2>You may also like</h2></section><div><section><h2>You may also like</h2></section><h3>Recent articles</h3><h3>Popular this week</h3><ul><li><a>Latest</a></li><li><a>Popular</a></li></ul></div>';
    const { text, removed } = clean(tail, (inner) => `${PROSE}${inner}`);
    expect(text).not.toMatch(/You may also like|Recent articles|Popular this week/);
    expect(text).not.toMatch(/Latest|Popular/);
    expect(new Set(removed.map((r) => r.reason))).toEqual(new Set(['related-stories']));
    expect(text).toContain('The budget adds money');
  });
  it('keeps a heading such as "Trending" over a paragraph of prose', () => {
    expectKept('<h2>Trending</h2><p>Housing prices kept rising in every district, the report found, though more slowly than last year.</p>', 'Trending');
  });
  it('keeps a sentence with links running through it', () => {
    expectKept(
      '<p>She <a href="/2025/01/a/">wrote about it</a> in January, <a href="/2025/02/b/">again in February</a>, and <a href="/2025/03/c/">once more in March</a>, each time with new figures.</p>',
      'She wrote about it in January',
    );
  });
  it('removes inline pointers in several languages, keeps prose that starts alike', () => {
    expectRemoved('<p>RELATED: <a href="/2025/11/older-story/">Council delays the vote on the budget</a></p>', 'related-link', 'Council delays');
    expectRemoved('<p>LEER MÁS: <a href="/2025/11/otra/">El concejo aplaza la votación</a></p>', 'related-link', 'El concejo aplaza');
    expectRemoved('<p>Lesen Sie auch: <a href="/2025/11/andere/">Der Rat vertagt die Abstimmung</a></p>', 'related-link', 'Der Rat vertagt');
    expectRemoved('<h3>Related post: <a href="https://news.example/2016/07/pickled/">Pickled Brussels Sprouts Recipe</a></h3>', 'related-link', 'Pickled');
    expectKept(
      '<p>Related: the vote came a week after <a href="/x/">the audit</a>, which found that the city had overspent on consultants for three years running.</p>',
      'the vote came a week after',
    );
  });
});

describe('tags, newsletters, adverts, cookies, comments', () => {
  it('removes a tag line and keeps prose about tags', () => {
    expectRemoved('<p>Tags: <a href="/tag/budget/">budget</a>, <a href="/tag/council/">council</a>, <a href="/tag/buses/">buses</a></p>', 'tag-list', 'council, buses');
    expectKept('<p>Tags on the new buses will show riders which routes run all night, the transit agency said on Friday.</p>', 'Tags on the new buses');
  });
  it('removes a line filing the story under one short tag, and keeps prose that links one topic', () => {
    expectRemoved('<p>Filed under: <a href="/category/budget/">Budget</a> |</p>', 'tag-list', 'Filed under');
    expectKept('<p>Topics: the council argued over <a href="/tag/buses/">buses</a>, libraries and the road repair fund until well after midnight.</p>', 'Topics: the council');
  });
  it('removes a newsletter box (English, Spanish) and keeps prose about a newsletter', () => {
    expectRemoved('<div><h4>Sign up for our newsletter</h4><p>The day’s news in your inbox every morning.</p></div>', 'newsletter', 'in your inbox');
    expectRemoved('<div><h4>Suscríbete a nuestro boletín</h4><p>Recibe cada mañana en tu correo las noticias más importantes.</p></div>', 'newsletter', 'Recibe cada mañana');
    expectKept(
      '<p>The council newsletter, mailed to every household since 1990, will move online next year to save on printing, officials said.</p>',
      'The council newsletter',
    );
  });
  it('removes advert labels in several languages and keeps a sentence about an advert', () => {
    for (const label of ['Advertisement', 'Publicidad', 'Publicité', 'Anzeige', 'Publicidade', 'Pubblicità', 'Iklan', 'Reklama', 'Реклама', '広告']) {
      expectRemoved(`<div>${label}</div>`, 'advertisement', label);
    }
    expectKept('<p>Advertisement spending by the city rose by a third, mostly on posters for the new bus lines.</p>', 'Advertisement spending');
  });
  it('removes lines a page sets alone: reading time, a gallery counter, a bare "By" or "Read more"', () => {
    for (const line of ['5 min read', 'Reading time: 3 minutes', 'Tempo de leitura: 1 minuto', 'Lesezeit: 4 Min.', '1 of 6', '3of4', 'By', 'Read More']) {
      expectRemoved(`<p>${line}</p>`, 'page-chrome', line);
    }
    expectRemoved(
      '<p>Citation: Hibernating astronauts would need smaller spacecraft (2019, November 18) retrieved 20 November 2019 from https://phys.org/news/2019-11-hibernating.html</p>',
      'page-chrome',
      'Hibernating astronauts',
    );
    expectKept('<p>By Tuesday, reading time in the city libraries had doubled, and one in six readers read more than an hour.</p>', 'By Tuesday');
  });
  it("removes a gallery's photo counter from its caption and keeps the caption and a table's score", () => {
    const caption = (count: string): string =>
      `<figure><img src="/a.jpg" alt=""><figcaption><span class="count">${count}</span><span>A shopper looks at extension cords at the hardware store.</span></figcaption></figure>`;
    for (const count of ['1<span>of</span>4', '2 of 10', '3/4', '6']) {
      const { text, removed } = clean(caption(count));
      expect(text).toContain('A shopper looks at extension cords');
      expect(text).not.toMatch(/\d(?: ?of ?|\/)?\d*A shopper/);
      expect(removed.map((r) => r.reason)).toEqual(['page-chrome']);
    }
    expectKept('<figure><table><tr><td>Free throws</td><td>3 of 4</td></tr></table></figure>', '3 of 4');
  });
  it('drops spacer paragraphs of zero-width spaces without a record, and keeps a blank table cell and a picture', () => {
    const dom = new JSDOM(
      `<!doctype html><body><div id="root">${PROSE}<p>\u200b</p><p> \u200b\u00a0</p><p>\u200b<img src="/a.jpg" alt=""></p>` +
        `<table><tr><td>\u200b</td><td>12</td></tr></table>${PROSE}</div></body>`,
      { url: URL },
    );
    const root = dom.window.document.getElementById('root') as HTMLElement;
    const removed = removeClutter(root, { title: TITLE, url: URL });
    expect(removed).toEqual([]);
    expect(root.querySelectorAll('p')).toHaveLength(5);
    expect(root.querySelector('p img')).not.toBeNull();
    expect(root.querySelectorAll('td')).toHaveLength(2);
  });
  it('removes comment and code delimiters left as a line of text, and keeps them in code', () => {
    for (const line of ['/*', '*/', '<!--', '}']) expectRemoved(`<p>${line.replace('<', '&lt;')}</p>`, 'page-chrome', line);
    expectKept('<pre>function f() {\n}\n</pre><pre>}</pre>', '}');
  });
  it("removes AP's pointers to its topic pages, and keeps a sentence about AP's coverage", () => {
    for (const line of [
      'More AP NBA: https://apnews.com/NBA and https://twitter.com/AP_Sports',
      "Follow AP's full coverage of Brexit and British politics at https://www.apnews.com/Brexit",
      'Find AP’s full coverage of the pandemic at apnews.com/hub/coronavirus-pandemic',
    ]) {
      expectRemoved(`<p>${line}</p>`, 'promo', line.slice(0, 20));
    }
    expectKept('<p>Follow-up reporting by AP found that the council had moved the money twice before the vote.</p>', 'Follow-up reporting by AP');
  });
  it('removes a related-coverage label that links its section, with its list', () => {
    const item = (i: number): string => `<li><h3><a href="/how-to-${i}">How to do thing number ${i} with your money</a></h3></li>`;
    expectRemoved(
      `<h3>Related coverage from <a href="/category/how-to">How to Do Everything: Money</a>:</h3><ul>${[1, 2, 3, 4].map(item).join('')}</ul>`,
      'related-stories',
      'Related coverage from',
    );
  });
  it('removes copyright lines written with @ or ⓒ, and the Korean notice', () => {
    for (const line of ['Copyright @ 2019 The New Arab.', 'ⓒ 2019 Entermedia.co.kr', '저작권자 ⓒ 엔터미디어, 무단전재 및 재배포금지']) {
      expectRemoved(`<p>${line}</p>`, 'copyright', line.slice(0, 12));
    }
  });
  it('removes cookie banners (English, French) and keeps a story about cookies', () => {
    expectRemoved('<div>We use cookies to improve your experience. By continuing to browse, you agree to our use of cookies.</div>', 'cookie-banner', 'We use cookies');
    expectRemoved('<div>Nous utilisons des cookies pour améliorer votre expérience. <a href="/cookies/">Accepter les cookies</a></div>', 'cookie-banner', 'Nous utilisons');
    expectKept('<p>The bakery sold four thousand cookies at the fair, and the council agreed to let it return next year.</p>', 'The bakery sold');
  });
  it('removes comment-section headings', () => {
    expectRemoved('<h3>Leave a Reply</h3>', 'comments', 'Leave a Reply');
    expectRemoved('<h3>Deja un comentario</h3>', 'comments', 'Deja un comentario');
  });
});

describe('bylines, datelines, titles', () => {
  it('removes a byline and a dateline, keeps a sentence that starts with "By"', () => {
    expectRemoved('<p>By Jane Doe and John Roe</p>', 'byline', 'Jane Doe');
    expectRemoved('<p>Actualizado el lunes, 3 de mayo de 2021 10:32</p>', 'dateline', 'Actualizado');
    expectKept('<p>By Monday, all the roads had reopened.</p>', 'By Monday');
  });
  it('removes a date left bare once its "Updated" part went, and keeps a sentence left after a link went', () => {
    const { text, removed } = clean('<p>November 19, 2019 <span>|</span> 4:20am <span>|</span> <a href="#">Updated <span>November 19, 2019 | 9:15am</span></a></p>');
    expect(text).not.toContain('4:20am');
    expect(removed.map((r) => r.reason)).toEqual(['dateline', 'dateline']);
    expectKept('<p>The vote came at 4:20am on November 19, 2019. <a href="#">Updated November 19, 2019 | 9:15am</a></p>', 'The vote came at 4:20am');
  });
  it("removes the metadata's byline repeated with a place or a date; keeps prose, headings and other lines", () => {
    const run = (html: string, byline: string | null): { text: string; reasons: string[] } => {
      const dom = new JSDOM(`<div id="root">${html}${PROSE}</div>`, { url: URL });
      const root = dom.window.document.getElementById('root') as HTMLElement;
      const reasons = removeClutter(root, { title: TITLE, url: URL, byline }).map((r) => r.reason);
      return { text: (root.textContent ?? '').replace(/\s+/g, ' '), reasons };
    };
    const firma = '<p><span>Lucía Ferrández</span> <span>Villanueva del Almendro</span> <time>12/11/2025 - 07:30</time></p>';
    expect(run(firma, 'Lucía Ferrández')).toEqual({ text: expect.not.stringContaining('Almendro'), reasons: ['byline'] });
    // The line is not a byline by its words alone: without the metadata's, only the time goes.
    expect(run(firma, null).text).toContain('Lucía Ferrández Villanueva del Almendro');
    for (const [html, byline] of [
      ['<p>Lucía Ferrández visited the dam on Monday.</p>', 'Lucía Ferrández'],
      ['<h2>Lucía Ferrández Villanueva</h2>', 'Lucía Ferrández'],
      // A one-word byline may open a line that is something else.
      ['<p>Reuters Breakingviews Predictions</p>', 'Reuters'],
    ] as const) {
      const kept = html.replace(/<[^>]+>/g, '');
      expect(run(html, byline).text, html).toContain(kept);
    }
  });
  it('removes the title repeated as the first paragraph, keeps a paragraph that starts with it', () => {
    const dom = new JSDOM(`<div id="root"><p>${TITLE}</p>${PROSE}</div>`, { url: URL });
    const root = dom.window.document.getElementById('root') as HTMLElement;
    expect(removeClutter(root, { title: TITLE, url: URL }).map((r) => r.reason)).toEqual(['title-repeat']);
    expectKept(`<p>${TITLE} was the headline most papers ran, though the vote itself was close.</p>`, 'was the headline most papers ran');
  });
});

describe('author bios and breadcrumbs', () => {
  it('removes an author bio (label or sentence), keeps prose about a reporter', () => {
    expectRemoved('<h3>About the Author</h3><p>Jane Doe has covered city hall since 2015.</p>', 'author-bio', 'has covered city hall');
    expectRemoved('<p>Jane Doe is a reporter for the Daily Example covering city hall.</p>', 'author-bio', 'is a reporter for');
    expectKept('<p>Hong Kong is burning, a reporter for the Daily Example wrote on Monday, as the protests entered their sixth month.</p>', 'Hong Kong is burning');
  });
  it('removes a breadcrumb (separators, or a first "Inicio" link), keeps prose with arrows', () => {
    expectRemoved('<div><a href="/">Home</a> » <a href="/news/">News</a> » <a href="/news/city/">City</a></div>', 'breadcrumb', 'City');
    expectRemoved('<div><a href="/">Inicio</a><a href="/deportes/">Deportes</a></div>', 'breadcrumb', 'Deportes');
    expectKept('<p>Ridership rose from 10,000 > 12,000 > 15,000 over three years, the agency said in its yearly report.</p>', 'Ridership rose');
  });
});

describe('what stays', () => {
  it('keeps figure captions with their credits, lists and tables', () => {
    const { text, removed } = clean(
      '<figure><img src="/a.jpg" alt=""><figcaption>Council members leave the chamber. (Jane Roe/AP Photo) © 2025</figcaption></figure>' +
        '<ul><li>Buses: 12 million</li><li>Libraries: 3 million</li><li>Roads: 9 million</li></ul>' +
        '<table><tr><td>Share</td><td>Advertisement</td></tr></table>',
    );
    expect(text).toContain('(Jane Roe/AP Photo) © 2025');
    expect(text).toContain('Libraries: 3 million');
    expect(text).toContain('ShareAdvertisement');
    expect(removed).toEqual([]);
  });
  it('keeps a gallery of figures that link to their images', () => {
    const fig = (i: number): string => `<figure><a href="/img/${i}.jpg"><img src="/img/${i}.jpg" alt=""></a><figcaption>Photo ${i} of the new bus depot at dawn</figcaption></figure>`;
    expectKept(`<div>${fig(1)}${fig(2)}${fig(3)}</div>`, 'Photo 2 of the new bus depot');
  });
  it('records each removal with its reason and at most 200 characters of text', () => {
    const { removed } = clean(`<div>${cards(8)}</div>`);
    expect(removed).toHaveLength(1);
    expect(removed[0]?.reason).toBe('related-stories');
    expect(removed[0]?.text.length).toBeLessThanOrEqual(200);
  });
  it('removes menus of short links, keeps a list of links with descriptions', () => {
    expectRemoved('<ul><li><a href="/">Home</a></li><li><a href="/news/">News</a></li><li><a href="/sport/">Sport</a></li></ul>', 'navigation', 'Sport');
    expectKept(
      '<ul><li><a href="https://data.example/budget.pdf">The budget</a>, as adopted</li><li><a href="https://data.example/audit.pdf">The audit</a>, from June</li><li><a href="https://data.example/minutes.pdf">The minutes</a> of the meeting</li></ul>',
      'as adopted',
    );
  });
});
