import type { Language } from '../../engine/model/settings';
import { type Catalogue, en } from './en';
import { kk } from './kk';
import { ru } from './ru';

export type { Catalogue, MessageKey } from './en';

/** Every visible text and accessible name, in Kazakh, Russian and English (one type-checked key set). */
export const CATALOGUES: Record<Language, Catalogue> = { en, ru, kk };
