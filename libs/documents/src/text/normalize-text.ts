/**
 * Vietnamese text reaches us both precomposed (NFC) and decomposed (NFD, e.g. from macOS or
 * some IMEs). PDF fonts map one glyph per code point, so decomposed marks would be drawn as
 * separate, badly placed accents; everything is normalized to NFC before it is laid out.
 */
export function toNfc(text: string): string {
  return text.normalize('NFC');
}
