import { type ChildSees, parseChildSees } from './childSees';
import { isObject, isOneOf } from './validation';

/**
 * How one child draws and chooses: switch scanning, dwell, tap-to-start and button size. Set by an
 * adult per child (guests use the device default), validated field by field on every read.
 */
export const SCAN_MODES = ['off', 'one', 'two'] as const;
export type ScanMode = (typeof SCAN_MODES)[number];
export const BUTTON_SCALES = [100, 125, 150] as const;
export type ButtonScale = (typeof BUTTON_SCALES)[number];

/** Auto-scan: how long the highlight rests on each group or control. */
export const SCAN_STEP_MS = { min: 600, max: 5000, default: 1500 } as const;
/** Dwell: how long a pointer rests on a control before it is chosen. */
export const DWELL_MS = { min: 500, max: 3000, default: 1200 } as const;

export interface AccessProfile {
  /** 'one': the highlight moves by itself, a press chooses; 'two': one switch steps, the other chooses. */
  scan: ScanMode;
  scanStepMs: number;
  /** A soft tick each time the highlight moves. */
  scanTick: boolean;
  dwell: boolean;
  dwellMs: number;
  /** A tap starts the stroke, the line follows the next taps, a tap on the start point (or "lift") ends it. */
  tapToStart: boolean;
  buttonScale: ButtonScale;
  /** The tools, colours and sizes this child sees; null: the device's choice (what guests see). */
  sees: ChildSees | null;
}

export const DEFAULT_ACCESS: Readonly<AccessProfile> = {
  scan: 'off',
  scanStepMs: SCAN_STEP_MS.default,
  scanTick: false,
  dwell: false,
  dwellMs: DWELL_MS.default,
  tapToStart: false,
  buttonScale: 100,
  sees: null,
};

/** Each field on its own: a bad one falls back to the default, the others stay as the adult set them. */
export function parseAccessProfile(raw: unknown, defaults: Readonly<AccessProfile> = DEFAULT_ACCESS): AccessProfile {
  if (!isObject(raw)) return { ...defaults };
  const bool = (v: unknown, d: boolean) => (typeof v === 'boolean' ? v : d);
  const within = (v: unknown, range: { min: number; max: number }, d: number) => (typeof v === 'number' && Number.isFinite(v) && v >= range.min && v <= range.max ? Math.round(v) : d);
  return {
    scan: isOneOf(SCAN_MODES, raw.scan) ? raw.scan : defaults.scan,
    scanStepMs: within(raw.scanStepMs, SCAN_STEP_MS, defaults.scanStepMs),
    scanTick: bool(raw.scanTick, defaults.scanTick),
    dwell: bool(raw.dwell, defaults.dwell),
    dwellMs: within(raw.dwellMs, DWELL_MS, defaults.dwellMs),
    tapToStart: bool(raw.tapToStart, defaults.tapToStart),
    buttonScale: isOneOf(BUTTON_SCALES, raw.buttonScale) ? raw.buttonScale : defaults.buttonScale,
    sees: parseChildSees(raw.sees),
  };
}

/** A child's own profile, or (null, or junk) the device default guests use. */
export function parseChildAccess(raw: unknown): AccessProfile | null {
  return isObject(raw) ? parseAccessProfile(raw) : null;
}
