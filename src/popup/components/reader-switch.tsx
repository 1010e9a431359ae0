import { t } from '../../shared/i18n';

/** A switch that shows whether the tab's reader is open and opens or closes it. */
export function ReaderSwitch(props: { state: { open: boolean } | null; enabled: boolean; onToggle: () => void }) {
  const on = props.state?.open ?? false;
  return (
    <button
      type="button"
      role="switch"
      class="switch"
      aria-checked={on}
      disabled={!props.enabled}
      onClick={props.onToggle}
    >
      <span class="track" aria-hidden="true">
        <span class="thumb" />
      </span>
      {t('readerMode')}
    </button>
  );
}
