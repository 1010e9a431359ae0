import { t, type MessageKey } from '../../shared/i18n';

/** Copy as text, copy as Markdown, save as HTML: each button says when its copy worked. */

export type CopyState = 'idle' | 'copied' | 'failed';

const COPIED: Record<CopyState, MessageKey | null> = { idle: null, copied: 'copied', failed: 'copyFailed' };

export interface ExportProps {
  copy: CopyState;
  markdown: CopyState;
  onCopyText(): void;
  onCopyMarkdown(): void;
  onSaveHtml(): void;
}

export function ExportTools(props: ExportProps) {
  const label = (state: CopyState, idle: MessageKey) => t(COPIED[state] ?? idle);
  return (
    <div class="tools" role="group" aria-label={t('exportGroup')}>
      <button type="button" class="copy" onClick={props.onCopyText} aria-live="polite">
        {label(props.copy, 'copyText')}
      </button>
      <button type="button" class="copy-markdown" onClick={props.onCopyMarkdown} aria-live="polite">
        {label(props.markdown, 'exportMarkdown')}
      </button>
      <button type="button" class="save-html" onClick={props.onSaveHtml}>
        {t('exportHtml')}
      </button>
    </div>
  );
}
