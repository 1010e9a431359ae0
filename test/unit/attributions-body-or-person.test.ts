import { describe, expect, it } from 'vitest';
import { sourcesOf, summary } from '../helpers/sources-of';

/**
 * Whether a name is a person or a body, read from how the story writes of it; each case is a
 * real sentence from the scrapinghub or Readability corpus, shortened.
 */

describe('findSources: a body, from how the story writes of it', () => {
  it.each([
    // "of" before a name is no title: the manager's club is not a person.
    [
      '<p>Jose Mourinho replaced Mauricio Pochettino as manager of Tottenham.</p><p>Tottenham said in a statement that Mourinho had won 25 trophies.</p>',
      { Tottenham: 'organization:statement' },
    ],
    ['<p>It will get 90 miles per gallon, according to Toyota.</p><p>The battery of Toyota’s SUV sits under the floor.</p>', { Toyota: 'organization:cited' }],
    // "the" before the name, then a verb or punctuation.
    ['<p>The Doobie Brothers announced the 30-date tour at the Ryman Auditorium.</p>', { 'Doobie Brothers': 'organization:statement' }],
    ['<p>The campaign cost the state $449,000, according to the Sioux Falls Argus Leader.</p>', { 'Sioux Falls Argus Leader': 'organization:cited' }],
    ['<p>The Chinese CDC has said that there is no need to worry.</p>', { 'Chinese CDC': 'organization:statement' }],
    // A verb then "its".
    ['<p>Blue Origin said its lander will carry a crew to the moon.</p>', { 'Blue Origin': 'organization:statement' }],
    // Where a body is based is not its name; a word opening a sentence and named later in it is a name.
    ['<p>McClatchy said its cash would run short, according to the Sacramento-based McClatchy.</p>', { McClatchy: 'organization:cited,statement' }],
    // The kind of body, right before its name.
    [
      '<p>The authors of the research published in the journal JAMA Psychiatry argued that the policies have provided benefits.</p>',
      { 'JAMA Psychiatry': 'organization:statement' },
    ],
    // A street is no source: an address, or "Wall Street" for the market.
    [
      '<p>Officers later arrested Elizabeth A. Burton, 32, of 1119 Eighth St., after locating methamphetamine in her car, said Lt. Matt Harris, Columbus Police Department spokesman.</p>',
      { 'Matt Harris': 'person:quoted', 'Columbus Police Department': 'government:statement' },
    ],
    ['<p>But its lowered forecast isn’t a problem for the overall market, according to Wall Street.</p>', {}],
    // Whose spokesperson, whose survey: a body's.
    [
      '<p>Cmdr. Sean Robertson, a spokesperson for Inherent Resolve, the U.S. military operation against Islamic State in Iraq and Syria, told VOA that the claim “is patently false.”</p><p>Inherent Resolve said the camp was open.</p>',
      { 'Inherent Resolve': 'organization:statement' },
    ],
    ['<p>That’s according to a new survey from Piper Jaffray.</p>', { 'Piper Jaffray': 'organization:cited' }],
    // "who" after "the" is a group's.
    [
      '<p>Talks between his government and the Taliban, who have long refused to negotiate, stalled.</p><p>The men were released in Doha, Qatar, according to a Taliban representative.</p>',
      { Taliban: 'organization:cited' },
    ],
    [
      '<p>Dow component Home Depot reported third-quarter earnings that topped estimates as revenue fell short, sending shares lower.</p>',
      { 'Home Depot': 'organization:statement' },
    ],
    // The French foreign ministry, by its address.
    ['<p>393 n’ont pas encore pu être joints, selon le Quai d’Orsay.</p>', { 'Quai d’Orsay': 'government:cited' }, 'fr'],
    // A company, not the full name of a person: a product's second word stands alone only after "the".
    ['<p>“Sales are up,” Nissan said.</p><p>The Nissan Leaf sold well, and the Leaf is cheap.</p>', { Nissan: 'organization:statement' }],
    // A region named by where it lies is a place, and speaks as its government.
    ['<p>South Dakota says, ‘Meth. We’re on it.’</p>', { 'South Dakota': 'government:statement' }],
    ['<p>Health authorities in China’s Inner Mongolia have confirmed a third case of the plague.</p>', { 'Inner Mongolia': 'government:statement' }],
    // What "the" body publishes: "the TexAuto Facts report".
    [
      '<p>Local auto dealers sold 30,154 new cars in October, according to the TexAuto Facts report from InfoNation, a Sugar Land-based provider of automobile data.</p>',
      { 'TexAuto Facts': 'organization:cited', InfoNation: 'organization:cited' },
    ],
    // An office word inside a company's name, and a company's regional arm, are no state's.
    ['<p>The film made $320,000 on a budget of $27 million, according to Box Office Mojo.</p>', { 'Box Office Mojo': 'organization:cited' }],
    ['<p>Exports to China dropped to $9.1 billion, according to the American Farm Bureau Federation.</p>', { 'American Farm Bureau Federation': 'organization:cited' }],
    ['<p>Jobs rose by 5,000, according to the Census Bureau.</p><p>Costs fell, according to the Office of Management and Budget.</p>', { 'Census Bureau': 'government:cited', 'Office of Management and Budget': 'government:cited' }],
    ['<p>Ascom North America says the system will ship in May.</p>', { 'Ascom North America': 'organization:statement' }],
    // An adjective opens a company's name, not a person's.
    ['<p>Big Machine has denied Swift’s claims, saying they were “shocking and false,” Greg Black said.</p>', { 'Big Machine': 'organization:statement', 'Greg Black': 'person:quoted' }],
    // An adjective opening the sentence is no first name.
    ['<p>Recent Samsung TVs play Apple’s videos, Samsung said.</p>', { Samsung: 'organization:statement' }],
    ['<p>Laut Statistik wächst die Stadt.</p>', {}, 'de'],
  ])('%s', (body, expected, lang = 'en') => {
    expect(summary(sourcesOf(body, {}, lang))).toEqual(expected);
  });

  it('gives a body once, when its short name settles on its full one', () => {
    const found = summary(
      sourcesOf(
        '<p>The Afghan Taliban, however, claimed the attack, which it said was revenge.</p><p>“The helicopter was shot down,” Taliban spokesman Zabihullah Mujahid said.</p>',
      ),
    );
    expect(found).toEqual({ 'Afghan Taliban': 'organization:statement', 'Zabihullah Mujahid': 'person:quoted' });
  });
});

describe('findSources: a body named short and in full', () => {
  it.each([
    // The short name is the full one's last words, or its first: one source.
    [
      '<p>The San Francisco Chronicle reported the arrest.</p><p>The Chronicle says he was arrested a block away.</p>',
      { 'San Francisco Chronicle': 'news-outlet:reported' },
    ],
    [
      '<p>On Monday, the People’s Daily, the mouthpiece of the Communist party, warned that there is “absolutely no room for compromise”.</p>',
      { 'People’s Daily': 'news-outlet:reported' },
    ],
    [
      '<p>Sierra Nevada said the Dream Chaser would fly next year.</p><figcaption>(Image credit: Sierra Nevada Corp.)</figcaption>',
      { 'Sierra Nevada Corp': 'organization:photo,statement' },
    ],
  ])('%s', (body, expected) => {
    expect(summary(sourcesOf(body))).toEqual(expected);
  });
});

describe('findSources: still a person', () => {
  it.each([
    // "the" before a name that a noun follows: the name is an adjective there.
    ['<p>The Trump administration expanded the program.</p><p>Donald Trump said the program would grow.</p>', { 'Donald Trump': 'person:quoted' }],
    ['<p>The meeting would honor Lorenz, who died in 2008.</p><p>“We tried that once,” Lorenz said.</p>', { Lorenz: 'person:quoted' }],
    ['<p>In 1997, Elise wrote, she interviewed Mike for a convention.</p>', { Elise: 'person:quoted' }],
    // A country before a surname is where the person serves, not a first name.
    [
      '<p>China’s ambassador to Britain Liu Xiaming has said that China has the “resolution and power” to end the unrest.</p><p>Liu said that the army could be deployed.</p>',
      { 'Liu Xiaming': 'person:quoted' },
    ],
    // A first name alone, with the surname found later: one person, whatever the order.
    ['<p>Ford’s sister is Martha Fry.</p><p>“He was kind,” Martha said.</p><p>“He wrote to us,” Fry said.</p>', { 'Martha Fry': 'person:quoted' }],
    // "He" before a name is a family name; the pronoun is never followed by one.
    [
      '<p>He Jianxiong, the former executive director for China at the International Monetary Fund, said at a Nov. 6 event that talks would go on.</p><p>He said the talks were constructive.</p>',
      { 'He Jianxiong': 'person:quoted' },
    ],
    // So is "Will" before a name: the verb never is.
    [
      '<p>“It was an attempt to mislead voters,” Will Moy, chief executive of the fact-checking charity, said.</p><p>Voters will decide.</p>',
      { 'Will Moy': 'person:quoted' },
    ],
    // A first name alone, and the full name where the story also uses the family name alone.
    [
      '<p>“The truth is, Taylor has admitted to owing millions,” the statement continued.</p><p>The label owns Taylor Swift’s first six albums. Swift’s fans were angry.</p>',
      { 'Taylor Swift': 'person:quoted' },
    ],
    [
      '<p>“He was introverted by nature,” Dale wrote.</p><p>Martha Fry and her brother Dale Ford agreed to an interview. Ford’s books are out of print.</p>',
      { 'Dale Ford': 'person:quoted' },
    ],
    // A person's spokesperson: the person is still one.
    ['<p>“We will appeal,” a spokeswoman for Sen. Jane Ortiz said.</p><p>Ortiz said she would run again.</p>', { 'Jane Ortiz': 'person:quoted,statement' }],
  ])('%s', (body, expected) => {
    expect(summary(sourcesOf(body))).toEqual(expected);
  });
});

describe('findSources: photo credits, whole', () => {
  it.each([
    // An initial's full stop does not end a photo credit; a copyright notice is not a name.
    ['<figcaption>Fans at the stadium. Photo: Gene J. Puskar</figcaption>', { 'Gene J. Puskar': 'person:photo' }],
    ['<figcaption>Protesters in Hong Kong. Image copyright Getty Images</figcaption>', { 'Getty Images': 'news-agency:photo' }],
    ['<figcaption>The red carpet. Photo: Ringo H.W. Chiu, AP</figcaption>', { 'Ringo H.W. Chiu': 'person:photo', 'Associated Press': 'news-agency:photo' }],
    // Photographers are credited by their full names; a credit of one word is an agency or a company.
    ['<figcaption>Protesters in Hong Kong. Photograph: AFP via Getty</figcaption>', { 'Agence France-Presse': 'news-agency:photo', 'Getty Images': 'news-agency:photo' }],
    ['<figcaption>The plague bacterium (Image: GETTY)</figcaption>', { 'Getty Images': 'news-agency:photo' }],
    // Outside a credit or an attribution, "Getty" and "Sputnik" are other names.
    ['<p>The painting hangs in the Getty Museum, beside the Sputnik V vaccine poster.</p>', {}],
    ['<figcaption>Taylor Swift and Scooter Braun. (Photo by Mark Von Holden/Invision/AP)</figcaption>', { 'Mark Von Holden': 'person:photo', Invision: 'news-agency:photo', 'Associated Press': 'news-agency:photo' }],
    ['<figcaption>The landers. (Image credit: Future/SpaceX)</figcaption>', { Future: 'organization:photo', SpaceX: 'organization:photo' }],
  ])('%s', (body, expected) => {
    expect(summary(sourcesOf(body))).toEqual(expected);
  });
});

describe('findSources: no source at all', () => {
  it('takes a German common noun after "laut" for no name, and the name after it for one', () => {
    expect(sourcesOf('<p>Laut Gesetz soll die ePA den Notfalldatensatz aufnehmen.</p>', {}, 'de')).toEqual([]);
    expect(sourcesOf('<p>Laut Umfrage sind die Preise gestiegen.</p>', {}, 'de')).toEqual([]);
    expect(summary(sourcesOf('<p>Laut Studie der Universität Hamburg sind die Preise gestiegen.</p>', {}, 'de'))).toEqual({ 'Universität Hamburg': 'organization:cited' });
  });
});
