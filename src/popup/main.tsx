import { render } from 'preact';
import { App } from './app';
import { mountAutoOpen } from './auto-open';
import { browserConnector } from './connector';
import { t } from '../shared/i18n';
import '../shared/palette.css';
import './popup.css';

const connector = browserConnector(window.location);
// The article is asked for before anything renders: the first render, and the message catalog the
// first words fetch, then overlap the page's work instead of delaying the request (issue #8).
connector.startExtract();

// The page says lang="en"; the words come from the browser's language when Sift speaks it.
document.documentElement.lang = t('locale');

const root = document.getElementById('app');
if (root) render(<App connector={connector} />, root);
if (root) mountAutoOpen(root);
