import type { Feeling } from '../../engine/model/reflections';
import type { Language } from '../../engine/model/settings';
import { translate } from '../i18n/i18n';

/**
 * "Today I felt: happy" on the take-home sheet. The feeling's name is capitalised for its button;
 * after a colon, kk, ru and en all write it in lower case.
 */
export function feelingLine(language: Language, feeling: Feeling): string {
  return `${translate(language, 'takehome.felt')}: ${translate(language, `feeling.${feeling}`).toLocaleLowerCase(language)}`;
}
