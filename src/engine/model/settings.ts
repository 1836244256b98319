import { STABILISER_STRENGTHS, type StabiliserStrength } from '../input/stabiliser';

export const LANGUAGES = ['kk', 'ru', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** What the adults choose; every field has a safe default and is validated on read. */
export interface Settings {
  language: Language;
  stabiliser: StabiliserStrength;
  stayInside: boolean;
  soundOn: boolean;
  volume: number;
  leftHanded: boolean;
  /** The event caption on print sheets; null means the translated default. */
  eventTitle: string | null;
  /** The colouring pages children see; null means all of them. */
  visiblePages: string[] | null;
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
  };
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
  if (typeof raw !== 'object' || raw === null) return { ...defaults };
  const r = raw as Record<string, unknown>;
  const bool = (v: unknown, d: boolean) => (typeof v === 'boolean' ? v : d);
  return {
    language: (LANGUAGES as readonly unknown[]).includes(r.language) ? (r.language as Language) : defaults.language,
    stabiliser: (STABILISER_STRENGTHS as readonly unknown[]).includes(r.stabiliser)
      ? (r.stabiliser as StabiliserStrength)
      : defaults.stabiliser,
    stayInside: bool(r.stayInside, defaults.stayInside),
    soundOn: bool(r.soundOn, defaults.soundOn),
    volume: typeof r.volume === 'number' && r.volume >= 0 && r.volume <= 1 ? r.volume : defaults.volume,
    leftHanded: bool(r.leftHanded, defaults.leftHanded),
    eventTitle: typeof r.eventTitle === 'string' && r.eventTitle.trim().length > 0 ? r.eventTitle.trim().slice(0, 80) : defaults.eventTitle,
    visiblePages:
      Array.isArray(r.visiblePages) && r.visiblePages.every((p) => typeof p === 'string' && /^[a-z][a-z0-9-]{0,40}$/.test(p))
        ? (r.visiblePages as string[]).slice(0, 100)
        : defaults.visiblePages,
  };
}
