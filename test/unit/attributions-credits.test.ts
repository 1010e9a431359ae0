import { describe, expect, it } from 'vitest';
import { sourcesOf, summary } from '../helpers/sources-of';

/** Photo credits as the scrapinghub pages write them, each a caption from a real page. */
const caption = (text: string) => `<figure><img src="a.jpg"><figcaption>${text}</figcaption></figure>`;

describe('findSources: photo credits with no brackets', () => {
  it.each([
    ["The road to retiring early isn't easy.Kathrin Ziegler/Getty", { 'Kathrin Ziegler': 'person:photo', 'Getty Images': 'news-agency:photo' }],
    [
      'Sonu Mehta/Hindustan Times/Getty Images',
      { 'Sonu Mehta': 'person:photo', 'Hindustan Times': 'news-outlet:photo', 'Getty Images': 'news-agency:photo' },
    ],
    [
      'Rep. Ilhan Omar, D-Minn., speaks at the Capitol on July 25, 2019.J. Scott Applewhite / AP file',
      { 'J. Scott Applewhite': 'person:photo', 'Associated Press': 'news-agency:photo' },
    ],
    [
      'A candlelight rally in Seoul on Thursday.Anthony Wallace / AFP - Getty Images',
      { 'Anthony Wallace': 'person:photo', 'Agence France-Presse': 'news-agency:photo', 'Getty Images': 'news-agency:photo' },
    ],
    ['Protesters in Hong Kong. REUTERS/Tyrone Siu', { 'Tyrone Siu': 'person:photo', Reuters: 'news-agency:photo' }],
    ['Credit...Doug Mills/The New York Times', { 'Doug Mills': 'person:photo', 'The New York Times': 'news-outlet:photo' }],
  ])('%s', (text, expected) => {
    expect(summary(sourcesOf(caption(text)))).toEqual(expected);
  });

  it('reads a lower-case "credit:" in brackets, the photographer after the body', () => {
    const text = 'The core stage of the first SLS at Michoud Assembly Facility. (credit: NASA/Jude Guidry)';
    expect(summary(sourcesOf(caption(text)))).toEqual({ NASA: 'organization:photo', 'Jude Guidry': 'person:photo' });
  });

  it('knows a company by the word that ends its name, and the AP by its photo service', () => {
    expect(summary(sourcesOf(caption('(Image credit: Ceres Robotics)')))).toEqual({ 'Ceres Robotics': 'organization:photo' });
    expect(summary(sourcesOf(caption('Photos by Chris Pizzello/Invision/AP')))).toEqual({
      'Chris Pizzello': 'person:photo',
      Invision: 'news-agency:photo',
      'Associated Press': 'news-agency:photo',
    });
  });

  it('knows a company by an adjective that opens its name', () => {
    expect(summary(sourcesOf(caption('Thomas Jackson/Digital Vision/Getty Images')))).toEqual({
      'Thomas Jackson': 'person:photo',
      'Digital Vision': 'organization:photo',
      'Getty Images': 'news-agency:photo',
    });
  });

  it('needs an agency among the names: a pair of names with a slash is no credit', () => {
    expect(sourcesOf(caption('The debate over Israel/Palestine'))).toEqual([]);
    expect(sourcesOf(caption('Joe Biden/Kamala Harris'))).toEqual([]);
  });
});

describe('findSources: the order of the list', () => {
  it('puts those who only took the pictures after those the facts came from', () => {
    const body = `${caption('A rally in Caracas. (Ariana Cubillos/AP Photo)')}<p>The tanker was seized on Wednesday, Reuters reported.</p><p>“We will respond,” Nicolás Maduro said.</p>`;
    expect(sourcesOf(body).map((s) => s.name)).toEqual(['Reuters', 'Nicolás Maduro', 'Ariana Cubillos', 'Associated Press']);
  });
});

describe('findSources: labelled credits', () => {
  it('names both photographers of a two-photo credit, in brackets or not', () => {
    for (const text of [
      '2008’s “Fearless” and 2014’s “1989.” (Photos by Richard Shotwell, left, and Mark Von Holden/Invision/AP)',
      '2008’s “Fearless” and 2014’s “1989.” Photos by Richard Shotwell, left, and Mark Von Holden/Invision/AP',
    ]) {
      expect(summary(sourcesOf(caption(text)))).toEqual({
        'Richard Shotwell': 'person:photo',
        'Mark Von Holden': 'person:photo',
        Invision: 'news-agency:photo',
        'Associated Press': 'news-agency:photo',
      });
    }
  });


  it('reads a lower-case "image credit:" but not credit given in prose', () => {
    expect(summary(sourcesOf('<p>The man was arrested on Monday. Main image credit: Getty</p>'))).toEqual({ 'Getty Images': 'news-agency:photo' });
    expect(sourcesOf('<p>She gave credit Monday to the coaches.</p>')).toEqual([]);
  });

  it('reads "Credit" without a colon only after a sentence ends: "Credit Card" is no credit', () => {
    const shop = '<p>Pay with the B&amp;H Financing Card or get a refund with its Payboo Credit Card. The latter saves $200.</p>';
    expect(sourcesOf(shop)).toEqual([]);
    expect(summary(sourcesOf(caption('Peacekeepers at a camp in Sudan on Monday. Credit Harry Campbell')))).toEqual({ 'Harry Campbell': 'person:photo' });
  });

  it('takes the stand-in after an agency for no name', () => {
    expect(summary(sourcesOf(caption('Credit: Getty - Contributor')))).toEqual({ 'Getty Images': 'news-agency:photo' });
    expect(summary(sourcesOf(caption('A protest in Hong Kong. REUTERS/Stringer')))).toEqual({ Reuters: 'news-agency:photo' });
  });
});

describe('findSources: names written in capitals', () => {
  it('shows a shouted byline or photo credit as a name, and leaves acronyms as they are', () => {
    const body = `<p>By MEG KINNARD and ERRIN HAINES, Associated Press</p>${caption('Protesters in Washington. (JIM WATSON/AFP via Getty Images)')}<p>The NYPD said the road was closed.</p>`;
    expect(summary(sourcesOf(body))).toMatchObject({ 'Meg Kinnard': 'person:contributed', 'Errin Haines': 'person:contributed', 'Jim Watson': 'person:photo', NYPD: 'organization:statement' });
    expect(summary(sourcesOf(caption('Capitol Hill. (AP Photo/J. SCOTT APPLEWHITE)')))).toEqual({ 'Associated Press': 'news-agency:photo', 'J. Scott Applewhite': 'person:photo' });
  });
});
