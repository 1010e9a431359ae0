import { render } from 'preact';
import { App } from './app';
import { mountAutoOpen } from './auto-open';
import { browserConnector } from './connector';
import { t } from '../shared/i18n';
import '../shared/palette.css';
import './popup.css';

// The page says lang="en"; the words come from the browser's language when Sift speaks it.
document.documentElement.lang = t('locale');

const root = document.getElementById('app');
if (root) render(<App connector={browserConnector(window.location)} />, root);
if (root) mountAutoOpen(root);
