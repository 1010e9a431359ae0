import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/core/sentences';

const texts = (text: string, lang?: string): string[] => splitSentences(text, lang).map((s) => s.text.trim());

describe('splitSentences', () => {
  it('keeps English titles, initials and dates inside the sentence', () => {
    expect(texts('Mr. Smith met Dr. Jones on Nov. 25 at 3 p.m. in the U.S. capital. J. R. R. Tolkien was not there.')).toEqual([
      'Mr. Smith met Dr. Jones on Nov. 25 at 3 p.m. in the U.S. capital.',
      'J. R. R. Tolkien was not there.',
    ]);
  });

  it('joins an initialism with the name it starts, but not with a new sentence', () => {
    expect(texts('Agents of the U.S. Coast Guard boarded the ship. It was seized by the U.S. The move angered Caracas.')).toEqual([
      'Agents of the U.S. Coast Guard boarded the ship.',
      'It was seized by the U.S.',
      'The move angered Caracas.',
    ]);
  });

  it('knows Spanish abbreviations', () => {
    expect(texts('El Sr. García y la Sra. López viajaron, p. ej. a EE. UU. y a México. Luego volvieron.', 'es')).toEqual([
      'El Sr. García y la Sra. López viajaron, p. ej. a EE. UU. y a México.',
      'Luego volvieron.',
    ]);
    expect(texts('Compró Acme S.A. La empresa no respondió.', 'es')).toEqual(['Compró Acme S.A.', 'La empresa no respondió.']);
  });

  it('knows French, German, Portuguese and Italian abbreviations', () => {
    expect(texts('M. Dupont et Mme Durand sont arrivés. Ils repartent demain.', 'fr')).toHaveLength(2);
    expect(texts('Die Firma zahlt z. B. Hr. Weber aus Nr. 5 mehr. Das ist neu.', 'de')).toEqual([
      'Die Firma zahlt z. B. Hr. Weber aus Nr. 5 mehr.',
      'Das ist neu.',
    ]);
    expect(texts('O Sr. Silva e a Dra. Costa chegaram. Depois saíram.', 'pt')).toHaveLength(2);
    expect(texts('Il Sig. Rossi e il Dott. Bianchi sono arrivati. Poi sono usciti.', 'it')).toHaveLength(2);
  });

  it('breaks after question marks and after other scripts\' terminators', () => {
    expect(texts('¿Vendrá mañana? No lo sabemos.')).toEqual(['¿Vendrá mañana?', 'No lo sabemos.']);
    expect(texts('今天下雨了。我们待在家里。')).toEqual(['今天下雨了。', '我们待在家里。']);
    expect(texts('Prices rose 3.5 percent. “It is over,” he said. Then he left.')).toHaveLength(3);
  });

  it('returns offsets that index back into the text', () => {
    const text = 'First one.  Second, with “quotes.” Third!';
    const spans = splitSentences(text);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(spans.map((s) => s.text));
    expect(spans.map((s) => s.text).join('')).toBe(text);
  });
});
