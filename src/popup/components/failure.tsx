import type { Failure } from '../../shared/messages';
import type { BrowserFamily } from '../connector';
import { failureText } from './failure-text';
import { t } from '../../shared/i18n';

/** A failure in plain words, with the technical detail folded away for the curious. */
export function FailureView(props: { failure: Failure; browserFamily: BrowserFamily; compact?: boolean }) {
  const { title, body } = failureText(props.failure.reason, props.browserFamily);
  return (
    <section class={props.compact ? 'failure compact' : 'failure'} role="alert" data-reason={props.failure.reason}>
      <h2>{title}</h2>
      <p>{body}</p>
      {props.failure.detail && (
        <details class="detail">
          <summary>{t('details')}</summary>
          <p>{props.failure.detail}</p>
        </details>
      )}
    </section>
  );
}
