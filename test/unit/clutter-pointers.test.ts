import { describe, expect, it } from 'vitest';
import { URL, PROSE, clean, expectRemoved, expectKept } from '../helpers/clutter-harness';

const photo = (caption: string, n: number): string => `<div><p><img src="/photos/${n}.jpg" alt=""></p><p>${caption}</p></div>`;

describe('other posts after the story', () => {
  const post = (n: number): string =>
    `<article><a href="/2025/11/post-${n}/" rel="bookmark"><img src="/t${n}.jpg" alt=""></a><p>Another post, number ${n}, printed in full under the story with its own words about something else.</p></article>`;
  it('removes later articles that link their photo or headline to another page of the site', () => {
    const story = `<article>${PROSE}${PROSE}${PROSE}</article>`;
    const { text, removed } = clean(`${post(1)}<article><div>${post(2)}${post(3)}</div></article>`, (inner) => story + inner);
    expect(text).toContain('The council voted seven to two');
    expect(text).not.toContain('Another post');
    expect(removed.map((r) => r.reason)).toEqual(['related-stories', 'related-stories']);
  });
  it('keeps every teaser of a section front, where the first article is no longer than the rest', () => {
    const { text, removed } = clean(`${post(1)}${post(2)}${post(3)}`, (inner) => inner);
    expect(text).toContain('number 3');
    expect(removed).toEqual([]);
  });
});

describe('hover cards', () => {
  it('removes the card inside the sentence and keeps the name it is about', () => {
    const card =
      '<p>The threat was made against Rep. <span><a href="/people/jane-roe">Jane Roe</a><span><span><img src="/jr.jpg" alt="">' +
      '<a href="/people/jane-roe">Jane Roe</a><a href="/2025/11/a/">Roe asks court for compassion in sentencing</a>' +
      '<a href="/2025/11/b/">Progressives oppose spending stopgap measure</a><a href="/people/jane-roe">MORE</a></span></span></span> (D-Minn.), prosecutors said.</p>';
    const { text, removed } = clean(card);
    expect(text).toContain('Rep. Jane Roe (D-Minn.), prosecutors said.');
    expect(removed.map((r) => r.reason)).toEqual(['hover-card']);
  });
  it('keeps a paragraph of linked photos', () => {
    expectKept('<p>Photos from the night: <a href="/p/1.jpg"><img src="/p/1.jpg" alt=""></a> <a href="/p/2"><img src="/p/2.jpg" alt=""></a> <a href="/p/3">more pictures</a></p>', 'Photos from the night');
  });
});

describe('teaser links', () => {
  it('removes a paragraph that is one headline linked to another story of the site', () => {
    expectRemoved('<p><strong><a href="/2025/11/bus-lanes/">COUNCIL MEMBERS CLASH OVER NEW BUS LANES</a></strong></p>', 'related-link', 'CLASH');
  });
  it('removes a site label with its link ("On Example.com: …")', () => {
    expectRemoved('<p><strong>On CityPaper.example:</strong> <a href="https://www.citypaper.example/2025/bus/">Bus fares rise for the first time in a decade</a></p>', 'related-link', 'Bus fares');
  });
  it("removes one linked to another part of the site (video.news.example from news.example's story)", () => {
    expectRemoved('<p><strong><a href="https://video.news.example/v/6091276897001/">CO-FOUNDER PROUD OF THE NEW BUS LANES</a></strong></p>', 'related-link', 'CO-FOUNDER');
  });
  it('keeps a source link, a linked sentence and a link into prose', () => {
    expectKept('<p>Source: <a href="https://stats.example.gov/report">Bureau of Labor Statistics annual report</a></p>', 'Bureau of Labor Statistics');
    // Two sites under one country's "co.uk" are two sites.
    const { text } = clean('<p><a href="https://www.othersite.co.uk/2025/bus/">Bus fares rise for the first time</a></p>', (inner) => inner);
    expect(text).toContain('Bus fares rise');
    expectKept('<p><a href="/2025/11/earlier/">The council had rejected the same plan a year ago.</a></p>', 'rejected the same plan');
  });
});

describe('repeated captions', () => {
  it('keeps the first of a credit printed under every photo', () => {
    const { text, removed } = clean(photo('Photo: Jane Roe / AP', 1) + photo('Photo: Jane Roe / AP', 2) + photo('Photo: Jane Roe / AP', 3));
    expect(text.match(/Photo: Jane Roe/g)).toHaveLength(1);
    expect(removed.map((r) => r.reason)).toEqual(['repeated-caption', 'repeated-caption']);
  });
  it('removes repeats of a credit set apart from its photo, and the page address printed for paper', () => {
    const slide = (n: number): string => `<li><div><img src="/g/${n}.jpg" alt=""></div><div><p>Buses queue on the bridge at rush hour, seen from floor ${n + 9} of an office block by a reader who sent us the photo.</p><span>Photo: Jane Roe / AP</span></div></li>`;
    const { text, removed } = clean(`<ul>${slide(1)}${slide(2)}</ul><p>${URL}</p>`);
    expect(text.match(/Photo: Jane Roe/g)).toHaveLength(1);
    expect(text).not.toContain(URL);
    expect(text).toContain('floor 11 of an office block');
    expect(removed.map((r) => r.reason).sort()).toEqual(['page-chrome', 'repeated-caption']);
  });
  it('keeps a poem\'s refrain, table values and a name repeated in the prose', () => {
    const refrain = '<p>And still the river runs to sea.</p>';
    const poem = clean(photo('The river at dawn', 1) + refrain + '<p>The water rose.</p>' + refrain + '<p>The water fell.</p>' + refrain);
    expect(poem.text.match(/And still the river/g)).toHaveLength(3);
    const { text } = clean(`${photo('Council member Jane Roe', 1)}<table><tr><td>Council member Jane Roe</td></tr></table><p>Then <em>Council member Jane Roe</em> spoke.</p>`);
    expect(text.match(/Council member Jane Roe/g)).toHaveLength(3);
  });
});

describe('contact lines and credits', () => {
  it('removes how to reach the writer, in a sentence or as bare addresses', () => {
    expectRemoved('<p>Email Jane Roe at jane@news.example or follow her on Twitter @janeroe.</p>', 'author-contact', 'jane@news.example');
    expectRemoved('<p>Have a tip? Jane Roe may be reached at jane@news.example.</p>', 'author-contact', 'Have a tip');
    expectRemoved('<div><p>jane.roe@news.example</p><p>twitter.com/janeroe</p></div>', 'author-contact', 'twitter.com/janeroe');
  });
  it('keeps addresses that are part of the story', () => {
    expectKept('<ul><li>Account: <a href="https://instagram.com/darkzip">@darkzip</a></li></ul>', 'Account: @darkzip');
    expectKept('<p>Residents can write to budget@city.example until March, officials said.</p>', 'Residents can write');
  });
  it('removes wire credits and keeps prose that says "contributed"', () => {
    expectRemoved('<p>(Reporting by Jane Roe; Editing by John Doe)</p>', 'byline', 'Editing by');
    expectRemoved('<p>Tom Krisher, AP Auto Writer</p>', 'byline', 'Krisher');
    expectRemoved('<p>Associated Press writer John Doe contributed to this report.</p>', 'byline', 'John Doe');
    expectKept('<p>Make a list of the nodes that contributed to this score in some way.</p>', 'nodes that contributed');
  });
});

describe('datelines and notices', () => {
  it('removes a date standing alone, keeps a heading of a timeline and a date range', () => {
    expectRemoved('<p><time datetime="2026-02-08">8 February 2026</time></p>', 'dateline', '8 February 2026');
    expectRemoved('<p>November 18, 2019 | 4:10pm</p>', 'dateline', '4:10pm');
    expectKept('<h3>March 2020</h3><p>The first lockdown began and the council met online for the first time.</p>', 'March 2020');
    expectKept('<p>29 November 2018 | 20 January 2019</p>', '20 January 2019');
  });
  it('removes subscription calls without a newsletter noun, keeps prose about subscribers', () => {
    expectRemoved('<p>Need more space? Subscribe to our sister title "All About Space" for the latest news.</p>', 'newsletter', 'sister title');
    expectRemoved('<div><h2>Breaking News Emails</h2><p>Get alerts and special reports, delivered weekday mornings.</p><p><a href="/newsletters/">SUBSCRIBE</a></p></div>', 'newsletter', 'weekday mornings');
    expectKept('<p>Subscribers to the bus pass will pay five euros more a month from January, the council said.</p>', 'Subscribers to the bus pass');
  });
  it('removes a sign-up box by its promise once Readability has taken its form, keeps prose about unsubscribing', () => {
    expectRemoved('<div><h3>Get new posts by email</h3><p>One email a month, no spam. Unsubscribe at any time.</p></div>', 'newsletter', 'One email a month');
    expectKept('<p>Customers who tried to unsubscribe from the service said the link led to an error page, the regulator found.</p>', 'tried to unsubscribe');
  });
  it('removes affiliate disclosures and comment-moderation notes in several languages', () => {
    expectRemoved('<p>This post may contain affiliate links. Please see my disclosure page.</p>', 'disclosure', 'affiliate');
    expectRemoved('<p>ATENÇÃO: Comentários ofensivos não serão aprovados pelo moderador.</p>', 'comments', 'moderador');
    expectRemoved('<p>Note: we are temporarily moderating all comments submitted.</p>', 'comments', 'moderating');
  });
  it('removes separator lines and a "More … Stories" list', () => {
    expectRemoved('<p>___</p>', 'page-chrome', '___');
    expectRemoved(
      '<h3>More Great Example Stories</h3><ul><li><a href="/a/">Why the bus lanes stopped at the river</a></li><li><a href="/b/">A library opens at night</a></li></ul>',
      'related-stories',
      'library opens',
    );
  });
});
