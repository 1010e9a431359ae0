import { DEFAULT_SETTINGS, SETTINGS_KEYS, validateSettings, type Settings } from './settings';

/**
 * The one typed door to the settings in `storage.sync`, for the popup, the reader and the settings
 * page alike. Each setting is its own storage item (sync storage limits the size of each item, and
 * two devices changing different settings then do not overwrite each other). Reads are validated;
 * writes are validated too, so nothing out of range is ever stored.
 */

/** The part of `chrome.storage` the store uses; callback style works in Chromium and Firefox alike. */
export interface SyncStorage {
  sync: {
    get(keys: Record<string, unknown>, callback: (items: Record<string, unknown>) => void): void;
    set(items: Record<string, unknown>, callback?: () => void): void;
  };
  onChanged: {
    addListener(listener: StorageListener): void;
    removeListener(listener: StorageListener): void;
  };
}

type StorageListener = (changes: Record<string, { newValue?: unknown }>, areaName: string) => void;

export interface SettingsStore {
  load(): Promise<Settings>;
  /** Saves the changed fields and resolves with the settings as stored (validated). */
  save(change: Partial<Settings>): Promise<Settings>;
  /** Calls `listener` with the full settings whenever any synced setting changes; returns the unsubscribe. */
  subscribe(listener: (settings: Settings) => void): () => void;
}

export function settingsStore(storage: SyncStorage): SettingsStore {
  const load = (): Promise<Settings> =>
    new Promise((resolve) => {
      storage.sync.get({ ...DEFAULT_SETTINGS }, (items) => resolve(validateSettings(items ?? {})));
    });
  return {
    load,
    async save(change) {
      const next = validateSettings({ ...(await load()), ...change });
      const items: Partial<Settings> = {};
      for (const key of Object.keys(change) as (keyof Settings)[]) Object.assign(items, { [key]: next[key] });
      await new Promise<void>((resolve) => storage.sync.set(items, () => resolve()));
      return next;
    },
    subscribe(listener) {
      const onChanged: StorageListener = (changes, area) => {
        if (area !== 'sync' || !SETTINGS_KEYS.some((key) => key in changes)) return;
        void load().then(listener);
      };
      storage.onChanged.addListener(onChanged);
      return () => storage.onChanged.removeListener(onChanged);
    },
  };
}

/** The extension's own storage, when this code runs in the extension (not in unit tests or the CLI). */
export function extensionSettingsStore(): SettingsStore | null {
  const storage = (globalThis as { chrome?: { storage?: SyncStorage } }).chrome?.storage;
  return storage?.sync ? settingsStore(storage) : null;
}
