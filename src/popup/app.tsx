import { useCallback, useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { Popup, type PopupActions, type PopupData } from './components/popup';
import type { Connector } from './connector';
import { fail } from '../shared/messages';

/**
 * Holds the popup's state and turns user actions into connector calls; everything it shows is
 * drawn by <Popup> from `data`, and everything the user can do arrives through `actions`.
 */

/** How long "Copied" stays on the copy button, in milliseconds. */
const COPIED_FEEDBACK_MS = 1500;

const INITIAL: PopupData = {
  extraction: { status: 'loading' },
  reader: null,
  readerError: null,
  shortcuts: [],
  browserFamily: 'chromium',
  copy: 'idle',
  markdown: 'idle',
  settings: null,
  kinds: null,
};

export function App({ connector }: { connector: Connector }) {
  const [data, setData] = useState<PopupData>({ ...INITIAL, browserFamily: connector.browserFamily });
  const [tabId, setTabId] = useState<number | null>(null);
  const patch = useCallback((change: Partial<PopupData>) => setData((d) => ({ ...d, ...change })), []);

  useEffect(() => {
    const store = connector.settings;
    if (!store) return;
    void store.load().then((settings) => patch({ settings }));
    // Another window, the reader's toolbar or the settings page may change them while the popup is open.
    return store.subscribe((settings) => patch({ settings }));
  }, [connector, patch]);

  // A layout effect: the requests go out as the popup first renders, not a frame after its first
  // paint, which Preact waits for before plain effects (about 20 ms of the popup's time, issue #8).
  useLayoutEffect(() => {
    void connector.shortcuts().then((shortcuts) => patch({ shortcuts }));
    void (async () => {
      const id = await connector.tabId();
      if (id === null) {
        patch({ extraction: { status: 'failed', failure: fail('no-tab') } });
        return;
      }
      setTabId(id);
      // Asked alongside the extraction, not before it: the answer only sets the reader switch, and
      // a toggle made in the meantime has the newer state.
      void connector.readerState(id).then((state) => {
        if (state.ok) setData((d) => (d.reader === null ? { ...d, reader: state.value } : d));
      });
      const outcome = await connector.extract(id);
      patch({ extraction: outcome.ok ? { status: 'ready', article: outcome.value } : { status: 'failed', failure: outcome } });
      // Until the kinds are read (or if they cannot be), every paragraph shows as a plain one.
      if (outcome.ok) void connector.blockKinds(outcome.value).then((kinds) => patch({ kinds }), () => undefined);
    })();
  }, [connector, patch]);

  const feedback = (key: 'copy' | 'markdown', done: Promise<boolean>): void => {
    void done.then((ok) => {
      patch({ [key]: ok ? 'copied' : 'failed' });
      setTimeout(() => patch({ [key]: 'idle' }), COPIED_FEEDBACK_MS);
    });
  };

  const actions: PopupActions = {
    toggleReader: () => {
      if (tabId === null) return;
      void connector.setReader(tabId, 'toggle').then((outcome) =>
        patch(outcome.ok ? { reader: outcome.value, readerError: null } : { readerError: outcome }),
      );
    },
    copyText: () => {
      if (data.extraction.status !== 'ready') return;
      const { title, text } = data.extraction.article;
      feedback('copy', connector.copy(`${title}\n\n${text}\n`));
    },
    copyMarkdown: () => {
      if (data.extraction.status !== 'ready') return;
      feedback('markdown', connector.copyMarkdown(data.extraction.article));
    },
    saveHtml: () => {
      if (data.extraction.status === 'ready') connector.saveHtml(data.extraction.article);
    },
    changeSettings: (change) => {
      // Shown at once; storage echoes the change back (validated) through subscribe.
      setData((d) => (d.settings ? { ...d, settings: { ...d.settings, ...change } } : d));
      void connector.settings?.save(change);
    },
    openShortcutSettings: () => void connector.openShortcutSettings(),
    showMention: (mention) => {
      if (tabId === null) return;
      void connector.highlight(tabId, mention).then((outcome) =>
        patch(outcome.ok ? { reader: { open: true }, readerError: null } : { readerError: outcome }),
      );
    },
  };

  return <Popup data={data} actions={actions} />;
}
