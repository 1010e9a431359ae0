import type { BrowserFamily, Shortcut } from '../connector';

/** The current keyboard shortcuts and where the browser lets people change them. */

const LABELS: Record<string, string> = {
  'toggle-reader': 'Reader mode on/off',
  _execute_action: 'Open Sift',
};

const WHERE: Record<BrowserFamily, string> = {
  chromium: 'Change them at chrome://extensions/shortcuts.',
  firefox: 'Change them in about:addons: the gear menu, then “Manage Extension Shortcuts”.',
};

export function Shortcuts(props: { shortcuts: Shortcut[]; browserFamily: BrowserFamily; onChange: () => void }) {
  if (props.shortcuts.length === 0) return null;
  return (
    <footer class="shortcuts">
      <h2>Keyboard shortcuts</h2>
      <dl>
        {props.shortcuts.map((s) => (
          <div key={s.name} class="shortcut" data-command={s.name}>
            <dt>{LABELS[s.name] ?? s.description ?? s.name}</dt>
            <dd>{s.shortcut ? <kbd>{s.shortcut}</kbd> : <span class="unset">Not set</span>}</dd>
          </div>
        ))}
      </dl>
      <p>
        {WHERE[props.browserFamily]}{' '}
        <button type="button" class="link" onClick={props.onChange}>
          Open shortcut settings
        </button>
      </p>
    </footer>
  );
}
