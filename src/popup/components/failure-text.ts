import { t, type MessageKey } from '../../shared/i18n';
import type { FailureReason } from '../../shared/messages';
import type { BrowserFamily } from '../connector';

/** Plain words for every reason Sift cannot show an article; never a stack trace. */
export interface FailureText {
  title: string;
  body: string;
}

const TEXT: Record<Exclude<FailureReason, 'file-access'>, [MessageKey, MessageKey]> = {
  'browser-page': ['failBrowserPageTitle', 'failBrowserPageBody'],
  'store-page': ['failStoreTitle', 'failStoreBody'],
  pdf: ['failPdfTitle', 'failPdfBody'],
  'no-tab': ['failNoTabTitle', 'failNoTabBody'],
  'no-article': ['failNoArticleTitle', 'failNoArticleBody'],
  'too-large': ['failTooLargeTitle', 'failTooLargeBody'],
  'injection-failed': ['failInjectionTitle', 'failInjectionBody'],
};

/** Only Chromium has an "Allow access to file URLs" switch; Firefox needs other advice. */
const FILE_ACCESS: Record<BrowserFamily, MessageKey> = {
  chromium: 'failFileAccessChromium',
  firefox: 'failFileAccessFirefox',
};

export function failureText(reason: FailureReason, family: BrowserFamily): FailureText {
  if (reason === 'file-access') return { title: t('failFileAccessTitle'), body: t(FILE_ACCESS[family]) };
  const [title, body] = TEXT[reason];
  return { title: t(title), body: t(body) };
}
