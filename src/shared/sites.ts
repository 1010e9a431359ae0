/**
 * Sites for per-site auto-open. A site is a hostname (settings.autoOpenSites); the permission Sift
 * asks for is that one origin's scheme and host (`https://example.com/*`), the narrowest match
 * pattern that lets the background see the tab's URL and run the reader there. Patterns carry no
 * port, so they match every port of the host, as the browsers define match patterns.
 */

/** Schemes where a reader can open; every other page is the browser's own or a file. */
const WEB_SCHEMES = new Set(['http:', 'https:']);

export interface Site {
  /** Lower-case hostname, as stored in settings.autoOpenSites. */
  host: string;
  /** The match pattern for the page's origin, as `permissions.request` wants it. */
  origin: string;
}

/** The site of a web page's URL, or null for anything that is not http(s). */
export function siteOf(url: string | undefined | null): Site | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (!WEB_SCHEMES.has(parsed.protocol) || !parsed.hostname) return null;
  const host = parsed.hostname.toLowerCase();
  return { host, origin: `${parsed.protocol}//${host}/*` };
}

/** Every pattern Sift may hold for `host`: both web schemes, so removing a site leaves none behind. */
export function originsOf(host: string): string[] {
  return [...WEB_SCHEMES].map((scheme) => `${scheme}//${host}/*`);
}

/** Adds or removes `host` in a site list, keeping it sorted and free of repeats. */
export function withSite(sites: readonly string[], host: string, on: boolean): string[] {
  const rest = sites.filter((s) => s !== host);
  return (on ? [...rest, host] : rest).sort();
}
