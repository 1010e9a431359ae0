/**
 * Country names, which stand for their governments when a story cites them ("Russia said").
 * They come from the platform's own data (Intl.DisplayNames), so Sift ships no list. Loading that
 * data for six languages costs a fresh tab about 60 ms in Chromium, so the extension computes the
 * names once in its background and passes them in (ExtractOptions.countries); the CLI, tests and
 * benchmarks let the core compute them.
 */

/** The languages whose country names Sift recognises: the ones it reads. */
const LANGUAGES = ['en', 'es', 'fr', 'de', 'pt', 'it'];
const A = 'A'.charCodeAt(0);

/** Every country and region name the platform knows in Sift's languages. */
export function countryNames(): string[] {
  const names = new Set<string>();
  for (const lang of LANGUAGES) {
    const display = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' });
    // Every two-letter code: the platform knows which are regions, and we need not ship the list.
    for (let i = 0; i < 26 * 26; i++) {
      const code = String.fromCharCode(A + Math.floor(i / 26), A + (i % 26));
      try {
        const name = display.of(code);
        if (name) names.add(name);
      } catch {
        // Not a region code this platform knows.
      }
    }
  }
  return [...names];
}

let computed: ReadonlySet<string> | null = null;
/** The content script passes the same list to every extraction: its set is built once, not per run. */
const setsOfLists = new WeakMap<readonly string[], ReadonlySet<string>>();

/** The caller's names as a set, or the platform's, computed once per process. */
export function countrySet(names?: readonly string[]): ReadonlySet<string> {
  if (names) {
    let set = setsOfLists.get(names);
    if (!set) setsOfLists.set(names, (set = new Set(names)));
    return set;
  }
  computed ??= new Set(countryNames());
  return computed;
}
