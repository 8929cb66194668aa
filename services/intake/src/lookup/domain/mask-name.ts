/**
 * A name as the public lookup shows it: the initial of each word, so a citizen recognises
 * their own dossier and a stranger learns nothing ("Nguyễn Văn An" → "N*** V*** A***").
 */
export function maskName(fullName: string): string {
  return fullName
    .normalize('NFC')
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => `${Array.from(word)[0] ?? ''}***`)
    .join(' ');
}
