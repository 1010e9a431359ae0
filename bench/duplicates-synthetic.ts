/**
 * A synthetic long page for timing the duplicate pass: 5,000 sentences in 1,000 paragraphs, built
 * from varied templates so the stem index sees realistic overlap, with a few exact and reworded
 * repeats mixed in.
 */

const SUBJECTS = ['The council', 'Regional officials', 'The ministry', 'Local police', 'The company', 'Aid groups', 'Investors', 'The union'];
const VERBS = ['reviewed', 'approved', 'questioned', 'published', 'delayed', 'discussed', 'funded', 'announced'];
const OBJECTS = ['a transport plan', 'the annual budget', 'new safety rules', 'a housing report', 'the water contract', 'school repairs', 'a river cleanup', 'the harbour project'];
const PLACES = ['Northfield', 'Lakeside', 'Port Alder', 'Greystone', 'Milbrook', 'Eastwick', 'Redhill', 'Fairhaven', 'Stonebridge', 'Ashford'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];

/** Deterministic pseudo-random numbers (a linear congruential generator), so runs compare. */
function rng(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1664525 + 1013904223) % 4294967296;
    return s / 4294967296;
  };
}

function pick<T>(items: readonly T[], r: () => number): T {
  return items[Math.floor(r() * items.length)] as T;
}

export const SYNTHETIC_SENTENCES = 5000;
const PER_PARAGRAPH = 5;

/** Paragraph texts; every 97th sentence repeats an earlier one exactly. */
export function syntheticParagraphs(): string[] {
  const r = rng(42);
  const sentences: string[] = [];
  for (let i = 0; i < SYNTHETIC_SENTENCES; i++) {
    if (i > 100 && i % 97 === 0) {
      sentences.push(sentences[Math.floor(r() * i)] ?? '');
      continue;
    }
    const n = Math.floor(r() * 900) + 10;
    sentences.push(
      `${pick(SUBJECTS, r)} in ${pick(PLACES, r)} ${pick(VERBS, r)} ${pick(OBJECTS, r)} worth ${n} thousand dollars on ${pick(DAYS, r)}, after ${Math.floor(r() * 40) + 2} residents wrote to the ${pick(PLACES, r)} office.`,
    );
  }
  const paragraphs: string[] = [];
  for (let i = 0; i < sentences.length; i += PER_PARAGRAPH) paragraphs.push(sentences.slice(i, i + PER_PARAGRAPH).join(' '));
  return paragraphs;
}
