import { createContext, useContext, type ReactNode } from 'react';
import type { Language } from '../../engine/model/settings';
import { CATALOGUES, type MessageKey } from './messages';

export type Translate = (key: MessageKey) => string;

const LanguageContext = createContext<Language>('en');

export function LanguageProvider({ language, children }: { language: Language; children: ReactNode }) {
  return <LanguageContext.Provider value={language}>{children}</LanguageContext.Provider>;
}

export function translate(language: Language, key: MessageKey): string {
  return CATALOGUES[language][key] || CATALOGUES.en[key];
}

export function useT(): Translate {
  const language = useContext(LanguageContext);
  return (key) => translate(language, key);
}

export function useLanguage(): Language {
  return useContext(LanguageContext);
}

type CountedKey = 'timeline.colours' | 'puzzle.piecesN';

/** "{n} colours" in the language's plural form (Russian has three). */
export function countLabel(language: Language, key: CountedKey, n: number): string {
  const form = new Intl.PluralRules(language).select(n);
  const suffix = form === 'one' || form === 'few' || form === 'many' ? form : 'other';
  return translate(language, `${key}.${suffix}`).replace('{n}', String(n));
}
