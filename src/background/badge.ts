import browser from 'webextension-polyfill';
import { t } from '../shared/i18n';
import type { Failure } from '../shared/messages';

/**
 * A shortcut has no window to explain a failure in, so the toolbar button carries a mark for that
 * tab until the reader works there; opening the popup shows the reason in plain words.
 */

const BADGE_TEXT = '!';
/** A warm red that reads on light and dark toolbars. */
const BADGE_COLOR = '#b3261e';

export async function markFailure(tabId: number, failure: Failure): Promise<void> {
  await browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR });
  await browser.action.setBadgeText({ tabId, text: BADGE_TEXT });
  await browser.action.setTitle({ tabId, title: `${t('actionTitleFailed')} (${failure.reason})` });
}

export async function clearFailure(tabId: number): Promise<void> {
  await browser.action.setBadgeText({ tabId, text: '' });
  await browser.action.setTitle({ tabId, title: t('actionTitle') });
}
