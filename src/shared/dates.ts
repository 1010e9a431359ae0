import { t } from './i18n';

/**
 * The article's publication date as the UI's language writes it ("Dec 11, 2025", "11 dic 2025"),
 * or null when the page gave none or an unreadable one. Shown with the other facts, since the text
 * itself no longer carries a bare date line (the clutter pass removes those).
 *
 * Written from the catalog's month names, not with Intl.DateTimeFormat: a page's first date format
 * loads ICU's calendar, pattern and time-zone data, 17-40 ms in a fresh Chromium page, and the
 * reader and the popup both show the date in their first frame (issue #8). The words are
 * what Intl's medium style gives for Sift's UI languages.
 */
export function publishedDate(iso: string | null): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  const month = t('shortMonths').split(' ')[date.getMonth()] ?? String(date.getMonth() + 1);
  return t('publishedOn', month, date.getDate(), date.getFullYear());
}
