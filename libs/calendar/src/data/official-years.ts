import type { OfficialYear } from '../holidays';
import { OFFICIAL_DAYS_2025 } from './official-days-2025';
import { OFFICIAL_DAYS_2026 } from './official-days-2026';

/** Years whose notices are entered; add a file per year as notices come out (usually October). */
export const OFFICIAL_YEARS: readonly OfficialYear[] = [OFFICIAL_DAYS_2025, OFFICIAL_DAYS_2026];
