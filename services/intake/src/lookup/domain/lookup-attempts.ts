/**
 * A dossier code as guesses at it are counted: its legal form is upper-case ASCII, so
 * compatibility forms, case and spaces are folded and every spelling shares one budget.
 * The lookup itself matches the legal form only; the secret carries the protection.
 */
export function dossierCodeForCounting(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
}
