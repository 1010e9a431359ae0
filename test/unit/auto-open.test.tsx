// @vitest-environment jsdom
import { render, type ComponentChild } from 'preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { OptionsApp } from '../../src/options/app';
import type { OptionsConnector } from '../../src/options/connector';
import { AutoOpen } from '../../src/popup/auto-open';
import type { AutoOpenConnector } from '../../src/popup/auto-open-connector';
import { AutoOpenSwitch } from '../../src/popup/components/auto-open';
import { originsOf, siteOf, withSite, type Site } from '../../src/shared/sites';

/** Per-site auto-open: the site helpers, the popup switch and the settings page, fed mock connectors. */

let root: HTMLElement | undefined;
function mount(node: ComponentChild): HTMLElement {
  const el = document.createElement('div');
  document.body.append(el);
  render(node, el);
  root = el;
  return el;
}
afterEach(() => {
  if (!root) return;
  render(null, root);
  root.remove();
});

/** Waits until `check` passes: the mock connectors' promises and Preact's re-render take a few ticks. */
const until = (check: () => void): Promise<void> => vi.waitFor(check, { timeout: 2000, interval: 5 });

describe('sites', () => {
  test.each([
    ['https://News.Example.com/a/b?c#d', { host: 'news.example.com', origin: 'https://news.example.com/*' }],
    ['http://127.0.0.1:8080/page.html', { host: '127.0.0.1', origin: 'http://127.0.0.1/*' }],
    ['file:///home/a.html', null],
    ['chrome://extensions', null],
    ['not a url', null],
    [undefined, null],
  ])('siteOf(%j)', (url, expected) => {
    expect(siteOf(url)).toEqual(expected);
  });

  test('withSite adds once, sorted, and removes', () => {
    expect(withSite(['b.example'], 'a.example', true)).toEqual(['a.example', 'b.example']);
    expect(withSite(['a.example'], 'a.example', true)).toEqual(['a.example']);
    expect(withSite(['a.example', 'b.example'], 'a.example', false)).toEqual(['b.example']);
  });

  test('originsOf covers both schemes', () => {
    expect(originsOf('a.example')).toEqual(['http://a.example/*', 'https://a.example/*']);
  });
});

const SITE: Site = { host: 'news.example', origin: 'https://news.example/*' };

function popupConnector(grant: boolean, calls: string[]): AutoOpenConnector {
  let on = false;
  return {
    site: () => Promise.resolve(SITE),
    isOn: () => Promise.resolve(on),
    set(site, want) {
      calls.push(`${site.origin} ${want}`);
      on = want && grant;
      return Promise.resolve(on);
    },
    openSettings: () => calls.push('settings'),
  };
}

describe('the popup switch', () => {
  test('shows nothing for a page that is not a web page', () => {
    const el = mount(<AutoOpenSwitch data={{ site: null, on: false, denied: false }} actions={{ toggle: () => undefined, openSettings: () => undefined }} />);
    expect(el.textContent).toBe('');
  });

  test('names the host, asks for its origin when switched on, and off again', async () => {
    const calls: string[] = [];
    const el = mount(<AutoOpen connector={popupConnector(true, calls)} />);
    const button = (): HTMLButtonElement | null => el.querySelector<HTMLButtonElement>('[role="switch"]');
    await until(() => expect(button()?.textContent).toBe('Always open news.example in the reader'));
    expect(button()?.getAttribute('aria-checked')).toBe('false');
    button()?.click();
    await until(() => expect(button()?.getAttribute('aria-checked')).toBe('true'));
    button()?.click();
    await until(() => expect(button()?.getAttribute('aria-checked')).toBe('false'));
    expect(calls).toEqual(['https://news.example/* true', 'https://news.example/* false']);
  });

  test('a declined permission leaves the switch off and says why', async () => {
    const el = mount(<AutoOpen connector={popupConnector(false, [])} />);
    await until(() => expect(el.querySelector('[role="switch"]')).not.toBeNull());
    el.querySelector<HTMLButtonElement>('[role="switch"]')?.click();
    await until(() => expect(el.querySelector('[role="alert"]')?.textContent).toContain('news.example'));
    expect(el.querySelector('[role="switch"]')?.getAttribute('aria-checked')).toBe('false');
  });
});

describe('the settings page', () => {
  function optionsConnector(initial: string[], removed: string[]): OptionsConnector {
    let sites = initial;
    return {
      sites: () => Promise.resolve(sites),
      watchSites: () => () => undefined,
      removeSite(host) {
        removed.push(host);
        sites = sites.filter((s) => s !== host);
        return Promise.resolve(sites);
      },
    };
  }

  test('lists the sites and removes one', async () => {
    const removed: string[] = [];
    const el = mount(<OptionsApp connector={optionsConnector(['a.example', 'b.example'], removed)} />);
    const hosts = (): (string | null)[] => [...el.querySelectorAll('.host')].map((h) => h.textContent);
    await until(() => expect(hosts()).toEqual(['a.example', 'b.example']));
    el.querySelector<HTMLButtonElement>('button[aria-label="Stop opening a.example in reader mode"]')?.click();
    await until(() => expect(hosts()).toEqual(['b.example']));
    expect(removed).toEqual(['a.example']);
  });

  test('says so when there are no sites', async () => {
    const el = mount(<OptionsApp connector={optionsConnector([], [])} />);
    await until(() => expect(el.textContent).toContain('No sites yet.'));
  });
});
