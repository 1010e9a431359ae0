import { el } from '../../shared/dom';
import { t } from '../../shared/i18n';
import type { Settings } from '../../shared/settings';
import { createSettingsControls } from '../../shared/settings-controls';

/**
 * The reader's toolbar (a labelled group, not role=toolbar: that role promises arrow-key
 * navigation between its controls, and these are reached with Tab): reading controls folded in a
 * disclosure (a native <details>, so Enter and Space open it and screen readers announce it
 * expanded or collapsed), "show what Sift removed" as a toggle button (aria-pressed), print and
 * close. Saving and copying live in the popup, which carries the Markdown converter; the content
 * script stays within its size budget. Data in, actions out.
 */

export interface ToolbarData {
  settings: Settings;
  /** How many removed blocks can be shown in place. */
  removedCount: number;
  showRemoved: boolean;
}

export interface ToolbarActions {
  changeSettings(change: Partial<Settings>): void;
  toggleRemoved(): void;
  print(): void;
  close(): void;
}

export interface ToolbarView {
  element: HTMLElement;
  update(data: ToolbarData): void;
}

export function createToolbar(doc: Document, data: ToolbarData, actions: ToolbarActions): ToolbarView {
  let current = data;
  const controls = createSettingsControls(doc, { settings: data.settings, onChange: (change) => actions.changeSettings(change), idPrefix: 'sift-reader' });
  const settings = el(
    doc,
    'details',
    { class: 'sift-settings' },
    el(doc, 'summary', { class: 'sift-button' }, el(doc, 'span', { 'aria-hidden': 'true' }, 'Aa '), t('readerSettings')),
    el(doc, 'div', { class: 'sift-panel' }, controls.element),
  );
  const removed = el(doc, 'button', {
    type: 'button',
    class: 'sift-button sift-show-removed',
    onclick: () => {
      if (current.removedCount > 0) actions.toggleRemoved();
    },
  });
  const update = (next: ToolbarData): void => {
    current = next;
    controls.update(next.settings);
    const hasRemoved = next.removedCount > 0;
    removed.textContent = hasRemoved ? t('readerShowRemoved', next.removedCount) : t('readerNothingRemoved');
    if (hasRemoved) removed.setAttribute('aria-pressed', String(next.showRemoved));
    else removed.removeAttribute('aria-pressed');
    removed.setAttribute('aria-disabled', String(!hasRemoved));
  };
  update(data);
  const element = el(
    doc,
    'div',
    { class: 'sift-bar', role: 'group', 'aria-label': t('readerBrand') },
    el(doc, 'span', { class: 'sift-brand' }, t('readerBrand')),
    settings,
    removed,
    el(doc, 'button', { type: 'button', class: 'sift-button sift-print', onclick: () => actions.print() }, t('exportPrint')),
    el(doc, 'button', { type: 'button', class: 'sift-button sift-close', 'aria-label': t('readerCloseLabel'), onclick: () => actions.close() }, t('readerClose')),
  );
  return { element, update };
}
