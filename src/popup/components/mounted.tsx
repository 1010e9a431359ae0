import { Component, createRef } from 'preact';
import type { Settings } from '../../shared/settings';
import { createSettingsControls, type SettingsControlsView } from '../../shared/settings-controls';
import { createSourcesList } from '../../shared/sources-list';
import type { Source } from '../../core/types';

/**
 * The popup's Preact tree hosting the DOM-built parts it shares with the reader (which cannot
 * carry Preact in its content script). The host element is `display: contents`, so the part
 * lays out as if it were the host's parent's own child.
 */

interface ControlsProps {
  settings: Settings;
  onChange(change: Partial<Settings>): void;
  idPrefix: string;
}

export class SettingsControls extends Component<ControlsProps> {
  private readonly host = createRef<HTMLDivElement>();
  private view: SettingsControlsView | null = null;

  override componentDidMount(): void {
    const host = this.host.current;
    if (!host) return;
    this.view = createSettingsControls(host.ownerDocument, { ...this.props, onChange: (change) => this.props.onChange(change) });
    host.append(this.view.element);
  }

  override componentDidUpdate(): void {
    this.view?.update(this.props.settings);
  }

  override render() {
    return <div class="mounted" ref={this.host} />;
  }
}

interface SourcesProps {
  sources: Source[];
  onMention?: (text: string) => void;
}

export class Sources extends Component<SourcesProps> {
  private readonly host = createRef<HTMLDivElement>();

  override componentDidMount(): void {
    this.fill();
  }

  override componentDidUpdate(previous: SourcesProps): void {
    if (previous.sources !== this.props.sources) this.fill();
  }

  private fill(): void {
    const host = this.host.current;
    if (!host) return;
    const { onMention } = this.props;
    // Without an action the mentions stay plain text, as the list itself decides.
    const list = createSourcesList(host.ownerDocument, onMention ? { sources: this.props.sources, onMention: (text) => onMention(text) } : { sources: this.props.sources });
    host.replaceChildren(...(list ? [list] : []));
  }

  override render() {
    return <div class="mounted" ref={this.host} />;
  }
}
