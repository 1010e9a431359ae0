import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AUTHOR_BIO, AUTHOR_BIO_OPENING, AUTHOR_BIO_ROLE } from '../../src/core/clutter-labels';

/** AUTHOR_BIO runs only where its two cheap cues pass (issue #8): every biography must pass them. */
describe('the cues before AUTHOR_BIO', () => {
  const capital = fc.constantFrom('J', 'É', 'Ł', 'Ж', 'Ω', 'Ö');
  const letters = fc.array(fc.constantFrom('a', 'é', 'ß', 'ж', 'ω', "'", '’', '.', '-', 'ł'), { minLength: 1, maxLength: 8 }).map((l) => l.join(''));
  const nameWord = fc.tuple(capital, letters, fc.constantFrom(' ', '\u00a0', '\t')).map((p) => p.join(''));
  const verb = fc.constantFrom('is a', 'was the', 'joined', 'covers', 'writes about', 'es una', 'est le', 'a rejoint', 'ist die', 'é um', 'è il');
  const role = fc.constantFrom('reporter', 'writer', 'editor', 'correspondent', 'journalist', 'columnist', 'contributor', 'freelance', 'author', 'periodista', 'redactora',
    'corresponsal', 'journaliste', 'rédactrice', 'chroniqueuse', 'korrespondentin', 'redakteurin', 'autorin', 'jornalista', 'repórter', 'giornalista', 'redattore', 'collaboratore');
  const between = fc.string({ maxLength: 30 }).map((s) => ` ${s} `);
  const bio = fc.tuple(fc.array(nameWord, { minLength: 1, maxLength: 3 }), verb, between, role, fc.string({ maxLength: 20 }))
    .map(([words, v, mid, r, end]) => `${words.join('')}${v}${mid}${r}${end}`);

  it('pass on every biography AUTHOR_BIO finds', () => {
    let matched = 0;
    fc.assert(
      fc.property(bio, (text) => {
        if (!AUTHOR_BIO.test(text)) return true;
        matched++;
        return AUTHOR_BIO_OPENING.test(text) && AUTHOR_BIO_ROLE.test(text);
      }),
      { numRuns: 3000 },
    );
    // The generator makes mostly real biographies: the property is not vacuous.
    expect(matched).toBeGreaterThan(1000);
  });

  it('fail on ordinary paragraphs, so the full pattern is seldom compiled', () => {
    expect(AUTHOR_BIO_OPENING.test('The council met on Tuesday to discuss the budget.')).toBe(false);
    expect(AUTHOR_BIO_ROLE.test('It was the first time the river flooded since 1998.')).toBe(false);
  });
});
