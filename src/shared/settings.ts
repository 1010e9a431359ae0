/** Typed settings with defaults, the allowed values of each, and validation of stored values. */

export type Theme = 'light' | 'sepia' | 'dark' | 'auto';
export type FontFamily = 'serif' | 'sans' | 'mono';

export const THEMES: readonly Theme[] = ['light', 'sepia', 'dark', 'auto'];
export const FONT_FAMILIES: readonly FontFamily[] = ['serif', 'sans', 'mono'];

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

/** A numeric setting's range and step; the controls move by `step`, stored values are clamped. */
export interface NumberRange {
  min: number;
  max: number;
  step: number;
}

/** Font size in CSS pixels: 14 is the smallest comfortable body size, 32 large print. */
export const FONT_SIZE: NumberRange = { min: 14, max: 32, step: 1 };
/** Line width in `ch`: 45-75 is the classic readable measure; wider for big screens. */
export const LINE_WIDTH: NumberRange = { min: 40, max: 100, step: 4 };
/** Unitless line height. */
export const LINE_HEIGHT: NumberRange = { min: 1.2, max: 2.2, step: 0.1 };

/** Rounds to the range's step (from `min`) and clamps; float noise such as 1.7000000000000002 is removed. */
export function snap(value: number, range: NumberRange): number {
  const steps = Math.round((value - range.min) / range.step);
  const snapped = range.min + steps * range.step;
  return Number(Math.min(range.max, Math.max(range.min, snapped)).toFixed(4));
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

function inRange(value: unknown, range: NumberRange, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? snap(value, range) : fallback;
}

/** Hostnames only: lower case, no scheme, path or port; anything else is dropped. */
const HOSTNAME = /^(?=.{1,253}$)[a-z0-9-]+(?:\.[a-z0-9-]+)*$/;

function sites(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const names = value.filter((v): v is string => typeof v === 'string').map((v) => v.trim().toLowerCase());
  return [...new Set(names.filter((v) => HOSTNAME.test(v)))];
}

/**
 * Settings from whatever storage holds: synced storage can carry values written by another
 * version of Sift or edited by hand, so every field is checked and falls back to its default.
 */
export function validateSettings(stored: Record<string, unknown>): Settings {
  const d = DEFAULT_SETTINGS;
  return {
    theme: oneOf(stored.theme, THEMES, d.theme),
    fontFamily: oneOf(stored.fontFamily, FONT_FAMILIES, d.fontFamily),
    fontSize: inRange(stored.fontSize, FONT_SIZE, d.fontSize),
    lineWidth: inRange(stored.lineWidth, LINE_WIDTH, d.lineWidth),
    lineHeight: inRange(stored.lineHeight, LINE_HEIGHT, d.lineHeight),
    autoOpenSites: sites(stored.autoOpenSites),
  };
}

export type SettingsKey = keyof Settings;
export const SETTINGS_KEYS = Object.keys(DEFAULT_SETTINGS) as SettingsKey[];
