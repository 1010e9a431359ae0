import type { ExtractResult } from '../../core/types';
import { t } from '../../shared/i18n';
import type { Settings } from '../../shared/settings';
import { applySettings } from './apply-settings';
import { highlightMention } from './highlight';
import { READER_HOST_ATTR } from './host';
import { printSheet } from './print';
import css from './reader.css?inline';
import { createReaderView, TITLE_ID, type ReaderView } from './view';

/**
 * The reader overlay: a plain <div> host with a CLOSED shadow root (page CSS cannot restyle it,
 * page scripts cannot read it), holding a modal <dialog> opened with showModal(): the top layer,
 * an inert page underneath, Escape to close. Closing removes the host and puts focus and scroll
 * back, so the page's DOM, fields and playing media are as they were.
 *
 * The host is a div, not a custom element: a page could define the custom element's name first
 * and run its own code on our host, or make attachShadow throw.
 */

export { READER_HOST_ATTR } from './host';

/**
 * Inline `!important` declarations beat every page stylesheet, so a page rule such as
 * `html > * { display: none }` cannot hide the host or give it a box that covers the page.
 */
const HOST_STYLE = 'all: initial !important; display: block !important; position: static !important;';

export interface Reader {
  close(): void;
  /** False once closed, or when the page removed the host or closed the dialog behind our back. */
  isOpen(): boolean;
  /** Shows new settings at once (a change from the popup or another tab). */
  update(settings: Settings): void;
  /** Scrolls to one sentence of the article and marks it; false when it is not there. */
  highlight(mention: string): boolean;
}

export interface ReaderOptions {
  settings: Settings;
  /** Saves a change the reader's toolbar made; the reader shows it at once either way. */
  saveSettings: (change: Partial<Settings>) => void;
  onClosed: () => void;
}

function createDialog(doc: Document): HTMLDialogElement {
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
  return dialog;
}

export function createReader(article: ExtractResult, options: ReaderOptions): Reader {
  const doc = document;
  const previousFocus = doc.activeElement instanceof HTMLElement ? doc.activeElement : null;
  const scroll = { left: window.scrollX, top: window.scrollY };

  const host = doc.createElement('div');
  host.setAttribute(READER_HOST_ATTR, '');
  host.setAttribute('style', HOST_STYLE);
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = css;
  const dialog = createDialog(doc);
  shadow.append(style, dialog);
  const print = printSheet(doc);

  let settings = options.settings;
  let showRemoved = false;
  let closed = false;
  // Cleanup runs at once on close(), so the reader state is right for the very next request (the
  // dialog's own 'close' event is queued), and on that event when Escape closed the dialog.
  const finish = (): void => {
    if (closed) return;
    closed = true;
    host.remove();
    print.remove();
    previousFocus?.focus({ preventScroll: true });
    window.scrollTo({ ...scroll, behavior: 'instant' });
    options.onClosed();
  };
  const close = (): void => {
    if (dialog.open) dialog.close();
    finish();
  };
  dialog.addEventListener('close', finish);

  // Built once; a change updates it in place, so the focused control keeps its focus.
  let view: ReaderView | null = null;
  const draw = (): void => {
    if (closed) return;
    applySettings(dialog, settings);
    view?.update({ settings, showRemoved });
  };
  const actions = {
    changeSettings: (change: Partial<Settings>) => {
      settings = { ...settings, ...change };
      draw();
      options.saveSettings(change);
    },
    toggleRemoved: () => {
      showRemoved = !showRemoved;
      draw();
    },
    print: () => window.print(),
    showMention: (mention: string) => void highlight(mention),
    close,
  };
  const highlight = (mention: string): boolean => {
    const body = dialog.querySelector('.sift-body');
    return body !== null && highlightMention(body, mention);
  };

  view = createReaderView(doc, { article, state: { settings, showRemoved }, actions });
  dialog.append(...view.nodes);
  draw();
  doc.documentElement.append(host);
  print.add();
  dialog.showModal();
  // Chromium focuses the first button despite autofocus on the dialog; Space there would close
  // the reader instead of scrolling it.
  dialog.focus({ preventScroll: true });
  return {
    close,
    isOpen: () => !closed && host.isConnected && dialog.open,
    update: (next) => {
      settings = next;
      draw();
    },
    highlight,
  };
}
