import { t, type MessageKey } from '../../shared/i18n';
import type { BrowserFamily, Shortcut } from '../connector';

/** The current keyboard shortcuts and where the browser lets people change them. */

const LABELS: Record<string, MessageKey> = {
  'toggle-reader': 'shortcutToggleReader',
  _execute_action: 'shortcutOpenPopup',
};

const WHERE: Record<BrowserFamily, MessageKey> = {
  chromium: 'shortcutsWhereChromium',
  firefox: 'shortcutsWhereFirefox',
};

function label(s: Shortcut): string {
  const key = LABELS[s.name];
  return key ? t(key) : s.description || s.name;
}

export function Shortcuts(props: { shortcuts: Shortcut[]; browserFamily: BrowserFamily; onChange: () => void }) {
  if (props.shortcuts.length === 0) return null;
  return (
    <footer class="shortcuts">
      <h2>{t('shortcutsTitle')}</h2>
      <dl>
        {props.shortcuts.map((s) => (
          <div key={s.name} class="shortcut" data-command={s.name}>
            <dt>{label(s)}</dt>
            <dd>{s.shortcut ? <kbd>{s.shortcut}</kbd> : <span class="unset">{t('shortcutNotSet')}</span>}</dd>
          </div>
        ))}
      </dl>
      <p>
        {t(WHERE[props.browserFamily])}{' '}
        <button type="button" class="link" onClick={props.onChange}>
          {t('openShortcutSettings')}
        </button>
      </p>
    </footer>
  );
}
