import { render } from 'preact';
import { t } from '../shared/i18n';
import { OptionsApp } from './app';
import { browserOptionsConnector } from './connector';
import '../shared/palette.css';
import './options.css';

document.documentElement.lang = t('locale');
document.title = t('optionsTitle');

const root = document.getElementById('app');
if (root) render(<OptionsApp connector={browserOptionsConnector()} />, root);
