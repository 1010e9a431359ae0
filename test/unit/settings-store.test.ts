import { describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS, validateSettings } from '../../src/shared/settings';
import { settingsStore, type SyncStorage } from '../../src/shared/settings-store';

/** An in-memory chrome.storage with the callback API and onChanged, as the browsers provide it. */
function fakeStorage(initial: Record<string, unknown> = {}) {
  const items: Record<string, unknown> = { ...initial };
  type Listener = Parameters<SyncStorage['onChanged']['addListener']>[0];
  const listeners = new Set<Listener>();
  const writes: Record<string, unknown>[] = [];
  const storage: SyncStorage = {
    sync: {
      get(defaults, callback) {
        setTimeout(() => callback({ ...defaults, ...items }), 0);
      },
      set(change, callback) {
        writes.push(change);
        Object.assign(items, change);
        const changes = Object.fromEntries(Object.entries(change).map(([k, v]) => [k, { newValue: v }]));
        setTimeout(() => {
          callback?.();
          for (const l of listeners) l(changes, 'sync');
        }, 0);
      },
    },
    onChanged: { addListener: (l) => listeners.add(l), removeListener: (l) => listeners.delete(l) },
  };
  const emit = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'sync') Object.assign(items, Object.fromEntries(Object.entries(changes).map(([k, v]) => [k, v.newValue])));
    for (const l of listeners) l(changes, area);
  };
  return { storage, items, writes, emit, listeners };
}

const tick = () => new Promise((done) => setTimeout(done, 5));

describe('validateSettings', () => {
  test('an empty store gives the defaults', () => {
    expect(validateSettings({})).toEqual(DEFAULT_SETTINGS);
  });

  test('values of the wrong type or unknown names fall back to the defaults', () => {
    const stored = { theme: 'neon', fontFamily: 42, fontSize: 'big', lineWidth: Number.NaN, lineHeight: null, autoOpenSites: 'x.example' };
    expect(validateSettings(stored)).toEqual(DEFAULT_SETTINGS);
  });

  test('numbers are clamped to their range and snapped to their step', () => {
    const s = validateSettings({ fontSize: 999, lineWidth: 3, lineHeight: 1.6500001 });
    expect(s.fontSize).toBe(32);
    expect(s.lineWidth).toBe(40);
    expect(s.lineHeight).toBe(1.7);
  });

  test('site lists keep lower-case hostnames only, once each', () => {
    const s = validateSettings({ autoOpenSites: ['News.Example', 'news.example', 'https://evil.example/path', 7, 'a b'] });
    expect(s.autoOpenSites).toEqual(['news.example']);
  });

  test('valid values are kept as they are', () => {
    const stored = { theme: 'sepia', fontFamily: 'mono', fontSize: 24, lineWidth: 80, lineHeight: 1.9, autoOpenSites: ['x.example'] };
    expect(validateSettings(stored)).toEqual(stored);
  });
});

describe('settingsStore', () => {
  test('loads the defaults from an empty sync storage, and validated values from a filled one', async () => {
    expect(await settingsStore(fakeStorage().storage).load()).toEqual(DEFAULT_SETTINGS);
    const filled = fakeStorage({ theme: 'dark', fontSize: 1000 });
    expect(await settingsStore(filled.storage).load()).toMatchObject({ theme: 'dark', fontSize: 32 });
  });

  test('saves only the changed settings, validated', async () => {
    const fake = fakeStorage();
    const saved = await settingsStore(fake.storage).save({ fontSize: 21.4, theme: 'sepia' });
    expect(fake.writes).toEqual([{ fontSize: 21, theme: 'sepia' }]);
    expect(saved).toEqual({ ...DEFAULT_SETTINGS, fontSize: 21, theme: 'sepia' });
  });

  test('subscribers hear sync changes to settings, not other areas or keys, until they unsubscribe', async () => {
    const fake = fakeStorage();
    const heard: string[] = [];
    const stop = settingsStore(fake.storage).subscribe((s) => heard.push(s.theme));
    fake.emit({ theme: { newValue: 'dark' } }, 'sync');
    fake.emit({ theme: { newValue: 'light' } }, 'local');
    fake.emit({ unrelated: { newValue: 1 } }, 'sync');
    await tick();
    expect(heard).toEqual(['dark']);
    stop();
    fake.emit({ theme: { newValue: 'sepia' } }, 'sync');
    await tick();
    expect(heard).toEqual(['dark']);
    expect(fake.listeners.size).toBe(0);
  });
});
