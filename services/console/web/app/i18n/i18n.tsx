import { createContext, ReactNode, useCallback, useEffect, useMemo, useState } from 'react';

import { useProvided } from '../use-provided';
import { en, MessageKey, vi } from './messages';

export type Language = 'vi' | 'en';

const STORAGE_KEY = 'console.language';
const CATALOGUES = { vi, en } as const;

export interface Translator {
  language: Language;
  t: (key: MessageKey, values?: Record<string, string>) => string;
  toggle: () => void;
}

const I18nContext = createContext<Translator | undefined>(undefined);

function storedLanguage(): Language {
  return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'vi';
}

/** Vietnamese unless the user chose English; the choice is remembered on this device. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguage] = useState<Language>(storedLanguage);
  useEffect(() => {
    document.documentElement.lang = language;
    localStorage.setItem(STORAGE_KEY, language);
  }, [language]);
  const toggle = useCallback(() => setLanguage((current) => (current === 'vi' ? 'en' : 'vi')), []);
  const value = useMemo<Translator>(
    () => ({
      language,
      toggle,
      t: (key, values = {}) =>
        CATALOGUES[language][key].replace(
          /\{(\w+)\}/g,
          (whole, name: string) => values[name] ?? whole,
        ),
    }),
    [language, toggle],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): Translator {
  return useProvided(I18nContext, 'useI18n outside I18nProvider');
}
