/**
 * The article's publication date in words the reader's language uses ("Dec 11, 2025"), or null
 * when the page gave none or an unreadable one. Shown with the other facts, since the text itself
 * no longer carries a bare date line (the clutter pass removes those).
 */
export function publishedDate(iso: string | null, locale: string): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(date);
  } catch {
    // A locale tag the platform rejects: its own default still reads better than nothing.
    return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(date);
  }
}
