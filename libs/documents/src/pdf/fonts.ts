import { readFileSync } from 'node:fs';

export interface FontSet {
  regular: Buffer;
  bold: Buffer;
  italic: Buffer;
  boldItalic: Buffer;
}

/**
 * Tinos, metric-compatible with Times New Roman, the font Decree 30/2020 (Phụ lục I §I.4)
 * prescribes; Times New Roman itself may not be redistributed. Full TTFs from the npm package,
 * so rendering needs no network or system fonts. Full files matter: unicode-range subsets
 * (e.g. @fontsource) split Latin and Vietnamese into separate files.
 */
const FONT_FILES: Readonly<Record<keyof FontSet, string>> = {
  regular: '@expo-google-fonts/tinos/400Regular/Tinos_400Regular.ttf',
  bold: '@expo-google-fonts/tinos/700Bold/Tinos_700Bold.ttf',
  italic: '@expo-google-fonts/tinos/400Regular_Italic/Tinos_400Regular_Italic.ttf',
  boldItalic: '@expo-google-fonts/tinos/700Bold_Italic/Tinos_700Bold_Italic.ttf',
};

let cached: FontSet | undefined;

/** Reads the fonts once per process; they are ~0.5 MB each and never change. */
export function loadFonts(): FontSet {
  cached ??= {
    regular: readFileSync(require.resolve(FONT_FILES.regular)),
    bold: readFileSync(require.resolve(FONT_FILES.bold)),
    italic: readFileSync(require.resolve(FONT_FILES.italic)),
    boldItalic: readFileSync(require.resolve(FONT_FILES.boldItalic)),
  };
  return cached;
}
