import { render } from 'preact';
import { App } from './app';
import { browserConnector } from './connector';
import './popup.css';

const root = document.getElementById('app');
if (root) render(<App connector={browserConnector(window.location)} />, root);
