import { readFileSync } from 'node:fs';

export interface FontSet {
  regular: Buffer;
  bold: Buffer;
  italic: Buffer;
  boldItalic: Buffer;
}

/**
 * Full Noto Serif TTFs shipped inside the npm package, so rendering needs no network or system
 * fonts. Full files matter: unicode-range subsets (e.g. @fontsource) lack Latin or Vietnamese.
 */
const FONT_FILES: Readonly<Record<keyof FontSet, string>> = {
  regular: '@expo-google-fonts/noto-serif/400Regular/NotoSerif_400Regular.ttf',
  bold: '@expo-google-fonts/noto-serif/700Bold/NotoSerif_700Bold.ttf',
  italic: '@expo-google-fonts/noto-serif/400Regular_Italic/NotoSerif_400Regular_Italic.ttf',
  boldItalic: '@expo-google-fonts/noto-serif/700Bold_Italic/NotoSerif_700Bold_Italic.ttf',
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
