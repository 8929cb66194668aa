export * from './data/official-days-2025';
export * from './data/official-days-2026';
export * from './data/official-years';
export * from './holidays';
export type { IsoDate } from './iso-date';
export * from './lunar';
export * from './office-hours';
export * from './working-calendar';
