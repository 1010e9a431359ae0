import type { ExtractResult } from '../../core/types';
import type { Failure, ReaderState } from '../../shared/messages';
import type { BrowserFamily, Shortcut } from '../connector';
import type { Settings } from '../../shared/settings';
import { ArticleView, type BlockKinds } from './article';
import type { CopyState } from './export-tools';
import { FailureView } from './failure';
import { ReaderSwitch } from './reader-switch';
import { ReadingSettings } from './reading-settings';
import { Shortcuts } from './shortcuts';
import { t } from '../../shared/i18n';

/** Everything the popup shows. */
export interface PopupData {
  extraction: { status: 'loading' } | { status: 'ready'; article: ExtractResult } | { status: 'failed'; failure: Failure };
  /** The tab's reader state; null until known. */
  reader: ReaderState | null;
  /** Why the last reader toggle failed, shown next to the switch. */
  readerError: Failure | null;
  shortcuts: Shortcut[];
  browserFamily: BrowserFamily;
  copy: CopyState;
  markdown: CopyState;
  /** The reading settings; null until loaded (or without extension storage). */
  settings: Settings | null;
  /** What each paragraph of the article's text is (heading, list item…); null until read. */
  kinds: BlockKinds | null;
}

/** Everything the user can do in the popup. */
export interface PopupActions {
  toggleReader(): void;
  copyText(): void;
  copyMarkdown(): void;
  saveHtml(): void;
  changeSettings(change: Partial<Settings>): void;
  openShortcutSettings(): void;
  /** Opens the reader in the page at a source's mention. */
  showMention(mention: string): void;
}

export interface PopupProps {
  data: PopupData;
  actions: PopupActions;
}

function Main({ data, actions }: PopupProps) {
  const { extraction } = data;
  if (extraction.status === 'loading') {
    return (
      <p class="loading" role="status" aria-live="polite">
        {t('loading')}
      </p>
    );
  }
  if (extraction.status === 'failed') return <FailureView failure={extraction.failure} browserFamily={data.browserFamily} />;
  const exports = {
    copy: data.copy,
    markdown: data.markdown,
    onCopyText: actions.copyText,
    onCopyMarkdown: actions.copyMarkdown,
    onSaveHtml: actions.saveHtml,
  };
  return <ArticleView article={extraction.article} kinds={data.kinds} exports={exports} onMention={actions.showMention} />;
}

export function Popup({ data, actions }: PopupProps) {
  const readable = data.extraction.status === 'ready';
  return (
    <div class="popup">
      <header class="top">
        <span class="brand">Sift</span>
        <ReaderSwitch state={data.reader} enabled={readable} onToggle={actions.toggleReader} />
      </header>
      {data.readerError && <FailureView failure={data.readerError} browserFamily={data.browserFamily} compact />}
      <main>
        <ReadingSettings settings={data.settings} onChange={actions.changeSettings} />
        <Main data={data} actions={actions} />
      </main>
      <Shortcuts shortcuts={data.shortcuts} browserFamily={data.browserFamily} onChange={actions.openShortcutSettings} />
    </div>
  );
}
