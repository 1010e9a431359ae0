import { h, render } from 'preact';
import type { ExtractResult } from '../../core/types';
import { t } from '../../shared/i18n';
import { DEFAULT_SETTINGS } from '../../shared/settings';
import css from './reader.css?inline';
import { ReaderView, TITLE_ID } from './view';

/**
 * The reader overlay: a custom element with a CLOSED shadow root (page CSS cannot restyle it, page
 * scripts cannot read it), holding a modal <dialog> opened with showModal(): the top layer, an
 * inert page underneath, Escape to close. Closing removes the element and puts focus and scroll
 * back, so the page's DOM, fields and playing media are as they were.
 */

/** The host element's tag; a valid custom-element name so it can carry a shadow root. */
export const READER_TAG = 'sift-reader';

/**
 * Inline `!important` declarations beat every page stylesheet, so a page rule such as
 * `html > * { display: none }` cannot hide the host or give it a box that covers the page.
 */
const HOST_STYLE = 'all: initial !important; display: block !important; position: static !important;';

export interface Reader {
  close(): void;
  /** False once closed, or when the page removed the host or closed the dialog behind our back. */
  isOpen(): boolean;
}

export interface ReaderOptions {
  onClosed: () => void;
}

export function createReader(article: ExtractResult, options: ReaderOptions): Reader {
  const doc = document;
  const previousFocus = doc.activeElement instanceof HTMLElement ? doc.activeElement : null;
  const scroll = { left: window.scrollX, top: window.scrollY };

  const host = doc.createElement(READER_TAG);
  host.setAttribute('style', HOST_STYLE);
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = css;
  const dialog = doc.createElement('dialog');
  dialog.className = 'sift-dialog';
  dialog.setAttribute('role', 'dialog');
  dialog.setAttribute('aria-modal', 'true');
  dialog.setAttribute('aria-labelledby', TITLE_ID);
  // The reader's own words are in Sift's language; the article sets its own lang inside.
  dialog.lang = t('locale');
  // Focus the dialog itself so arrow keys and Space scroll the article right away.
  dialog.tabIndex = -1;
  dialog.autofocus = true;
  dialog.style.setProperty('--sift-font-size', `${DEFAULT_SETTINGS.fontSize}px`);
  dialog.style.setProperty('--sift-line-width', `${DEFAULT_SETTINGS.lineWidth}ch`);
  dialog.style.setProperty('--sift-line-height', String(DEFAULT_SETTINGS.lineHeight));
  shadow.append(style, dialog);

  let closed = false;
  // Cleanup runs at once on close(), so the reader state is right for the very next request (the
  // dialog's own 'close' event is queued), and on that event when Escape closed the dialog.
  const finish = (): void => {
    if (closed) return;
    closed = true;
    render(null, dialog);
    host.remove();
    previousFocus?.focus({ preventScroll: true });
    window.scrollTo({ ...scroll, behavior: 'instant' });
    options.onClosed();
  };
  const close = (): void => {
    if (dialog.open) dialog.close();
    finish();
  };
  dialog.addEventListener('close', finish);

  render(h(ReaderView, { article, onClose: close }), dialog);
  doc.documentElement.append(host);
  dialog.showModal();
  // Chromium focuses the first button despite autofocus on the dialog; Space there would close
  // the reader instead of scrolling it.
  dialog.focus({ preventScroll: true });
  return { close, isOpen: () => !closed && host.isConnected && dialog.open };
}
