/**
 * Folds a name for searching: NFD, combining marks removed, đ → d, lower case, single spaces.
 * "Trần Thị Bình", "tran thi binh" and "TRẦN THỊ BÌNH" all fold to the same text.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/gu, 'd')
    .replace(/Đ/gu, 'D')
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .trim();
}

/** A literal pattern for $regex: user input never acts as a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
