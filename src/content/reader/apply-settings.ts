import type { FontFamily, Settings } from '../../shared/settings';

/** Font stacks per family: system fonts only, the reader loads nothing from the network. */
const FONT_STACKS: Record<FontFamily, string> = {
  serif: "Georgia, 'Iowan Old Style', 'Times New Roman', serif",
  sans: "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif",
  mono: "ui-monospace, 'SFMono-Regular', Menlo, Consolas, 'DejaVu Sans Mono', monospace",
};

/** Puts the settings on the dialog as custom properties and a theme attribute that reader.css reads. */
export function applySettings(dialog: HTMLElement, settings: Settings): void {
  dialog.dataset.theme = settings.theme;
  dialog.style.setProperty('--sift-font', FONT_STACKS[settings.fontFamily]);
  dialog.style.setProperty('--sift-font-size', `${settings.fontSize}px`);
  dialog.style.setProperty('--sift-line-width', `${settings.lineWidth}ch`);
  dialog.style.setProperty('--sift-line-height', String(settings.lineHeight));
}
