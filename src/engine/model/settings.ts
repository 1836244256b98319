import { type AccessProfile, DEFAULT_ACCESS, parseAccessProfile } from './access';
import { STABILISER_STRENGTHS, type StabiliserStrength } from '../input/stabiliser';
import { ALL_TOOLS, type PaletteSize, parseChoiceList, parsePaletteSize } from './childSees';
import type { ToolId } from './ops';
import { PIECE_COUNTS, type PieceCount } from '../puzzle/puzzle';
import { SIZE_NAMES, type SizeName } from './palette';
import { CATALOGUE_ID_PATTERN, isObject, isOneOf } from './validation';

export { ALL_TOOLS, PALETTE_SIZES, SIMPLE_TOOLS, type PaletteSize } from './childSees';

export const LANGUAGES = ['kk', 'ru', 'en'] as const;
/** The session's theme: which colouring pages (and puzzle pictures) the children see. */
export const THEMES = ['professions', 'animals', 'mandalas'] as const;
export type ThemeId = (typeof THEMES)[number];
export type Language = (typeof LANGUAGES)[number];

/** What the adults choose; every field has a safe default and is validated on read. */
export interface Settings {
  language: Language;
  stabiliser: StabiliserStrength;
  stayInside: boolean;
  soundOn: boolean;
  volume: number;
  leftHanded: boolean;
  /** The event caption on print sheets; null means the translated default, '' none at all. */
  eventTitle: string | null;
  /** The colouring pages children see; null means all of them. */
  visiblePages: string[] | null;
  /** Put the child's first name in downloaded file names (off: names stay on the tablet). */
  nameInFileName: boolean;
  /** Read tool, colour, stamp and page names aloud (when the device has a voice). */
  spokenLabels: boolean;
  /** Stamp groups in the tray; null means all. */
  stampGroups: string[] | null;
  highContrast: boolean;
  /** Force reduced motion even when the device does not ask for it. */
  reduceMotion: boolean;
  /** The tools in the child's rail. */
  visibleTools: ToolId[];
  /** How many colours the child sees. */
  paletteSize: PaletteSize;
  /** The brush sizes the child sees. */
  visibleSizes: SizeName[];
  /** The mirror-drawing button on the drawing screen. */
  symmetryButton: boolean;
  /** The event date on print sheets (YYYY-MM-DD); null means each picture's own date. */
  eventDate: string | null;
  /** How guests (and children without their own profile) draw and choose. */
  defaultAccess: AccessProfile;
  /** The feelings check-in before and after each picture; null: on once children are set up. */
  feelingsCheckin: boolean | null;
  /** The puzzle card on the home screen. */
  puzzleCard: boolean;
  /** The session's theme, chosen by the therapist. */
  theme: ThemeId;
  /** How many pieces a new puzzle starts with (the child may choose another). */
  puzzlePieces: PieceCount;
  /** Send the child's first name and avatar with each picture to the session hub (its wall and prints). */
  hubNames: boolean;
  /** Make each picture's time-lapse (while no child draws) and send it to the hub for the parents. */
  hubTimelapses: boolean;
}

export function defaultSettings(deviceLanguages: readonly string[] = []): Settings {
  return {
    language: pickLanguage(deviceLanguages),
    stabiliser: 'medium',
    stayInside: true,
    soundOn: true,
    volume: 0.6,
    leftHanded: false,
    eventTitle: null,
    visiblePages: null,
    nameInFileName: false,
    spokenLabels: false,
    stampGroups: null,
    highContrast: false,
    reduceMotion: false,
    visibleTools: [...ALL_TOOLS],
    paletteSize: 14,
    visibleSizes: [...SIZE_NAMES],
    symmetryButton: true,
    eventDate: null,
    defaultAccess: { ...DEFAULT_ACCESS },
    feelingsCheckin: null,
    puzzleCard: true,
    puzzlePieces: 4,
    theme: 'professions',
    hubNames: false,
    hubTimelapses: true,
  };
}

/** Whether children are asked how they feel: the adult's choice, or on once children are set up. */
export function asksFeelings(settings: Settings, childCount: number): boolean {
  return settings.feelingsCheckin ?? childCount > 0;
}

export function pickLanguage(deviceLanguages: readonly string[]): Language {
  for (const tag of deviceLanguages) {
    const base = tag.toLowerCase().split('-')[0];
    if ((LANGUAGES as readonly string[]).includes(base ?? '')) return base as Language;
  }
  return 'en';
}

/** Restores each field on its own: one bad field never resets the others. */
export function parseSettings(raw: unknown, defaults: Settings): Settings {
  if (!isObject(raw)) return { ...defaults };
  const bool = (v: unknown, d: boolean) => (typeof v === 'boolean' ? v : d);
  return {
    language: isOneOf(LANGUAGES, raw.language) ? raw.language : defaults.language,
    stabiliser: isOneOf(STABILISER_STRENGTHS, raw.stabiliser) ? raw.stabiliser : defaults.stabiliser,
    stayInside: bool(raw.stayInside, defaults.stayInside),
    soundOn: bool(raw.soundOn, defaults.soundOn),
    volume: typeof raw.volume === 'number' && raw.volume >= 0 && raw.volume <= 1 ? raw.volume : defaults.volume,
    leftHanded: bool(raw.leftHanded, defaults.leftHanded),
    eventTitle: typeof raw.eventTitle === 'string' ? raw.eventTitle.trim().slice(0, 80) : raw.eventTitle === null ? null : defaults.eventTitle,
    visiblePages: idList(raw.visiblePages) ?? defaults.visiblePages,
    nameInFileName: bool(raw.nameInFileName, defaults.nameInFileName),
    spokenLabels: bool(raw.spokenLabels, defaults.spokenLabels),
    stampGroups: idList(raw.stampGroups) ?? defaults.stampGroups,
    highContrast: bool(raw.highContrast, defaults.highContrast),
    reduceMotion: bool(raw.reduceMotion, defaults.reduceMotion),
    visibleTools: parseChoiceList(raw.visibleTools, ALL_TOOLS) ?? defaults.visibleTools,
    paletteSize: parsePaletteSize(raw.paletteSize) ?? defaults.paletteSize,
    visibleSizes: parseChoiceList(raw.visibleSizes, SIZE_NAMES) ?? defaults.visibleSizes,
    symmetryButton: bool(raw.symmetryButton, defaults.symmetryButton),
    eventDate: typeof raw.eventDate === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(raw.eventDate) ? raw.eventDate : defaults.eventDate,
    defaultAccess: parseAccessProfile(raw.defaultAccess, defaults.defaultAccess),
    feelingsCheckin: typeof raw.feelingsCheckin === 'boolean' || raw.feelingsCheckin === null ? raw.feelingsCheckin : defaults.feelingsCheckin,
    puzzleCard: bool(raw.puzzleCard, defaults.puzzleCard),
    puzzlePieces: isOneOf(PIECE_COUNTS, raw.puzzlePieces) ? raw.puzzlePieces : defaults.puzzlePieces,
    theme: isOneOf(THEMES, raw.theme) ? raw.theme : defaults.theme,
    hubNames: bool(raw.hubNames, defaults.hubNames),
    hubTimelapses: bool(raw.hubTimelapses, defaults.hubTimelapses),
  };
}

function idList(raw: unknown): string[] | null {
  return Array.isArray(raw) && raw.every((p) => typeof p === 'string' && CATALOGUE_ID_PATTERN.test(p)) ? (raw as string[]).slice(0, 100) : null;
}
