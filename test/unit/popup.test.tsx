// @vitest-environment jsdom
import { render } from 'preact';
import { afterEach, describe, expect, test } from 'vitest';
import type { FailureReason } from '../../src/shared/messages';
import { Popup } from '../../src/popup/components/popup';
import { makeArticle, makeData, recordingActions } from '../helpers/popup-fixtures';

/** The popup's components, fed mock data: what a person sees, and what their clicks ask for. */

let root: HTMLElement;
function show(data = makeData(), actions = recordingActions()): HTMLElement {
  root = document.createElement('div');
  document.body.append(root);
  render(<Popup data={data} actions={actions} />, root);
  return root;
}
afterEach(() => {
  render(null, root);
  root.remove();
});

function text(el: Element | null): string {
  return el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

describe('an article', () => {
  test('shows title, byline, site, reading time and the text as paragraphs', () => {
    const el = show();
    expect(text(el.querySelector('h1'))).toBe('Harbour reopens after the storm');
    expect(text(el.querySelector('.facts'))).toBe('Ana Ruiz · The Example Times · Dec 11, 2025 · 1 min read');
    expect([...el.querySelectorAll('.text p')].map(text)).toEqual(['The harbour reopened on Thursday.', 'Ships queued overnight.']);
  });

  test('sets headings, lists, captions and quotes as such once their kinds are known, still as text', () => {
    const article = makeArticle({
      text: ['What changed', 'The beds held water.', 'Cardboard: free', 'Compost: £64', 'Beds in March. Photo: M. Okafor', '“It works,” she said.', '<b>Not markup</b>'].join('\n\n'),
    });
    const kinds = new Map([
      ['What changed', 'heading'],
      ['Cardboard: free', 'item'],
      ['Compost: £64', 'item'],
      ['Beds in March. Photo: M. Okafor', 'caption'],
      ['“It works,” she said.', 'quote'],
      ['<b>Not markup</b>', 'heading'],
    ] as const);
    const el = show(makeData({ extraction: { status: 'ready', article }, kinds }));
    const blocks = [...(el.querySelector('.text')?.children ?? [])].map((b) => `${b.tagName.toLowerCase()}${b.className ? `.${b.className}` : ''}: ${text(b)}`);
    expect(blocks).toEqual([
      'h2: What changed',
      'p: The beds held water.',
      'ul: Cardboard: freeCompost: £64',
      'p.caption: Beds in March. Photo: M. Okafor',
      'blockquote: “It works,” she said.',
      'h2: <b>Not markup</b>',
    ]);
    expect([...el.querySelectorAll('.text li')].map(text)).toEqual(['Cardboard: free', 'Compost: £64']);
    expect(el.querySelector('.text b')).toBeNull();
  });

  test('links to where an aggregator\'s copy first ran, when the canonical link says so', () => {
    const original = 'https://www.cnn.com/2019/11/18/health/duvet/index.html';
    const page = { ...makeArticle().page, canonicalUrl: original, republishedFrom: original };
    const link = show(makeData({ extraction: { status: 'ready', article: makeArticle({ page }) } })).querySelector<HTMLAnchorElement>('.first-published a');
    expect(text(link?.parentElement ?? null)).toBe('First published at www.cnn.com');
    expect(link?.href).toBe(original);
    expect(link?.rel).toBe('noopener noreferrer');
    render(null, root);
    root.remove();
    expect(show().querySelector('.first-published')).toBeNull();
  });

  test('falls back to the host name when the site has no name', () => {
    const el = show(makeData({ extraction: { status: 'ready', article: makeArticle({ siteName: null, byline: null }) } }));
    expect(text(el.querySelector('.facts'))).toBe('news.example · Dec 11, 2025 · 1 min read');
  });

  test('shows article text as text, never as markup', () => {
    const article = makeArticle({ text: '<img src=x onerror=alert(1)> is how the attack looked' });
    const el = show(makeData({ extraction: { status: 'ready', article } }));
    expect(el.querySelector('img')).toBeNull();
    expect(text(el.querySelector('.text'))).toContain('<img src=x onerror=alert(1)>');
  });

  test('copy asks for the text and says when it is done', () => {
    const actions = recordingActions();
    const el = show(makeData(), actions);
    const button = el.querySelector<HTMLButtonElement>('button.copy');
    button?.click();
    expect(actions.calls).toEqual(['copyText']);
    render(<Popup data={makeData({ copy: 'copied' })} actions={actions} />, root);
    expect(text(button)).toBe('Copied');
  });
});

describe('the reader switch', () => {
  test('reflects the tab state and asks to toggle', () => {
    const actions = recordingActions();
    const el = show(makeData({ reader: { open: true } }), actions);
    const toggle = el.querySelector<HTMLButtonElement>('[role="switch"]');
    expect(toggle?.getAttribute('aria-checked')).toBe('true');
    toggle?.click();
    expect(actions.calls).toEqual(['toggleReader']);
  });

  test('is off and disabled while the page is read or cannot be read', () => {
    for (const extraction of [{ status: 'loading' } as const, { status: 'failed', failure: { ok: false, reason: 'pdf' } } as const]) {
      const el = show(makeData({ extraction, reader: null }));
      const toggle = el.querySelector<HTMLButtonElement>('[role="switch"]');
      expect(toggle?.getAttribute('aria-checked')).toBe('false');
      expect(toggle?.disabled).toBe(true);
      render(null, root);
    }
  });
});

test('loading is announced, never blank', () => {
  const el = show(makeData({ extraction: { status: 'loading' } }));
  expect(text(el.querySelector('[role="status"]'))).toBe('Reading the page…');
});

describe('failures in plain words', () => {
  const reasons: [FailureReason, RegExp][] = [
    ['browser-page', /browser’s own pages/],
    ['store-page', /add-on store/],
    ['pdf', /PDF/],
    ['file-access', /files on your computer/],
    ['no-tab', /No page to read/],
    ['no-article', /No article found/],
    ['too-large', /too large/],
    ['injection-failed', /could not run on this page/],
  ];
  test.each(reasons)('%s', (reason, title) => {
    const el = show(makeData({ extraction: { status: 'failed', failure: { ok: false, reason, detail: 'Error: at foo (bar.js:1:2)' } } }));
    const alert = el.querySelector('[role="alert"]');
    expect(text(alert?.querySelector('h2') ?? null)).toMatch(title);
    expect(text(alert?.querySelector('p') ?? null).length).toBeGreaterThan(40);
    // Technical detail stays folded inside <details>, never the main message.
    expect(alert?.querySelector('details:not([open])')?.textContent).toContain('bar.js');
  });

  test('file access explains how to allow it in Chromium', () => {
    const el = show(makeData({ extraction: { status: 'failed', failure: { ok: false, reason: 'file-access' } } }));
    expect(text(el.querySelector('[role="alert"]'))).toContain('Allow access to file URLs');
  });
});

describe('repeated sentences', () => {
  test('counts them and lists them marked', () => {
    const duplicates = [
      { text: 'Ships queued overnight.', duplicateOf: 'Ships waited through the night.', similarity: 0.8 },
      { text: 'The harbour reopened.', duplicateOf: 'The harbour reopened on Thursday.', similarity: 0.9 },
    ];
    const el = show(makeData({ extraction: { status: 'ready', article: makeArticle({ removed: { clutter: [], duplicates } }) } }));
    const details = el.querySelector('details.duplicates');
    expect(text(details?.querySelector('summary') ?? null)).toBe('2 repeated sentences hidden');
    expect([...(details?.querySelectorAll('mark') ?? [])].map(text)).toEqual(['Ships queued overnight.', 'The harbour reopened.']);
  });

  test('say nothing when there are none', () => {
    expect(show().querySelector('details.duplicates')).toBeNull();
  });
});

describe('sources', () => {
  test('lists name, kind, roles and mentions', () => {
    const sources = [
      { name: 'Reuters', kind: 'news-agency', roles: ['reported', 'photo'], mentions: [{ text: 'reported by Reuters' }, { text: 'Photo: Reuters' }] },
      { name: 'Port Authority', kind: 'government', roles: ['statement'], mentions: [{ text: 'the Port Authority said' }] },
    ] as const;
    const article = makeArticle({ sources: sources.map((s) => ({ ...s, roles: [...s.roles], mentions: [...s.mentions] })) });
    const el = show(makeData({ extraction: { status: 'ready', article } }));
    expect(text(el.querySelector('details.sources > summary'))).toBe('2 sources named in the story');
    const items = [...el.querySelectorAll('.source')];
    expect(items.map((i) => text(i.querySelector('summary')))).toEqual([
      'Reuters news agency · reported · photo · 2 mentions',
      'Port Authority government · statement · 1 mention',
    ]);
    expect([...(items[0]?.querySelectorAll('.mentions li') ?? [])].map(text)).toEqual(['reported by Reuters', 'Photo: Reuters']);
  });

  test('choosing a mention asks to show it in the reader', () => {
    const article = makeArticle({ sources: [{ name: 'Reuters', kind: 'news-agency', roles: ['reported'], mentions: [{ text: 'Reuters reported the sale.' }] }] });
    const actions = recordingActions();
    const el = show(makeData({ extraction: { status: 'ready', article } }), actions);
    el.querySelector<HTMLButtonElement>('.mentions button.mention')?.click();
    expect(actions.calls).toEqual(['showMention Reuters reported the sale.']);
  });

  test('say nothing when there are none', () => {
    expect(show().querySelector('.sources')).toBeNull();
  });
});

describe('shortcuts', () => {
  test('shows the current keys, "Not set" for a missing one, and where to change them', () => {
    const actions = recordingActions();
    const shortcuts = [
      { name: '_execute_action', description: '', shortcut: '' },
      { name: 'toggle-reader', description: 'Turn reader mode on or off', shortcut: 'Alt+Shift+S' },
    ];
    const el = show(makeData({ shortcuts }), actions);
    expect(text(el.querySelector('[data-command="toggle-reader"]'))).toBe('Reader mode on/offAlt+Shift+S');
    expect(text(el.querySelector('[data-command="_execute_action"]'))).toBe('Open SiftNot set');
    expect(text(el.querySelector('.shortcuts'))).toContain('chrome://extensions/shortcuts');
    el.querySelector<HTMLButtonElement>('.shortcuts button')?.click();
    expect(actions.calls).toEqual(['openShortcutSettings']);
  });

  test('points Firefox users to Manage Extension Shortcuts', () => {
    const el = show(makeData({ browserFamily: 'firefox' }));
    expect(text(el.querySelector('.shortcuts'))).toContain('Manage Extension Shortcuts');
  });
});

describe('the publication date', () => {
  test('is left out when the page gives none or an unreadable one', () => {
    for (const publishedTime of [null, 'last Tuesday']) {
      const el = show(makeData({ extraction: { status: 'ready', article: makeArticle({ publishedTime }) } }));
      expect(text(el.querySelector('.facts'))).toBe('Ana Ruiz · The Example Times · 1 min read');
    }
  });
});
