import type { Language } from '../../engine/model/settings';
import { countLabel, translate } from '../i18n/i18n';
import { roundedMinutes } from './timeline';

/** The figures as the adult reads them, the same on screen and on the printed report. */
export function timeText(language: Language, drawingMs: number | null): string {
  const minutes = roundedMinutes(drawingMs);
  if (minutes === null) return translate(language, 'timeline.noTime');
  if (minutes === 'under') return translate(language, 'timeline.underMinute');
  return translate(language, 'timeline.minutes').replace('{n}', String(minutes));
}

export function coloursText(language: Language, count: number): string {
  return countLabel(language, 'timeline.colours', count);
}

export function coveredText(language: Language, share: number): string {
  return translate(language, 'timeline.covered').replace('{n}', String(Math.round(share * 100)));
}
