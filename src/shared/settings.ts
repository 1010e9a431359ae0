/** Typed settings with defaults, kept in `storage.sync`. */

export type Theme = 'light' | 'sepia' | 'dark' | 'auto';
export type FontFamily = 'serif' | 'sans' | 'mono';

export interface Settings {
  theme: Theme;
  fontFamily: FontFamily;
  /** Reader font size in CSS pixels. */
  fontSize: number;
  /** Line width in characters (`ch`). */
  lineWidth: number;
  /** Unitless CSS line height. */
  lineHeight: number;
  /** Hostnames that open in reader mode automatically. */
  autoOpenSites: string[];
}

export const DEFAULT_SETTINGS: Settings = {
  theme: 'auto',
  fontFamily: 'serif',
  fontSize: 19,
  lineWidth: 68,
  lineHeight: 1.6,
  autoOpenSites: [],
};
