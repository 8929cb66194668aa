import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export type CommuneKind = 'xa' | 'phuong' | 'dac-khu';

export interface Commune {
  code: string;
  name: string;
  kind: CommuneKind;
  provinceCode: string;
  provinceName: string;
}

const DATA_FILE = join('libs', 'reference-data', 'data', 'administrative-units-2025.csv');
const KINDS: Record<string, CommuneKind> = { xa: 'xa', phuong: 'phuong', 'dac-khu': 'dac-khu' };

/** Finds the data file from source (ts) and from the compiled tree (dist) alike. */
function locateDataFile(start: string): string {
  for (let directory = start; ; directory = dirname(directory)) {
    const candidate = join(directory, DATA_FILE);
    if (existsSync(candidate)) {
      return candidate;
    }
    if (dirname(directory) === directory) {
      throw new Error(`Reference data not found: ${DATA_FILE} above ${start}`);
    }
  }
}

/** Parses the 2025 commune list (five plain columns, no quoting in the source file). */
export function parseCommunes(csv: string): Commune[] {
  const [header, ...rows] = csv.normalize('NFC').split(/\r?\n/).filter(Boolean);
  if (header !== 'province_code,province_name,commune_code,commune_name,commune_kind') {
    throw new Error(`Unexpected commune file header: ${header}`);
  }
  return rows.map((row, index) => {
    const [provinceCode, provinceName, code, name, kindText] = row.split(',');
    const kind = KINDS[kindText ?? ''];
    if (!provinceCode || !provinceName || !code || !name || !kind) {
      throw new Error(`Malformed commune row ${index + 2}: ${row}`);
    }
    return { code, name, kind, provinceCode, provinceName };
  });
}

/** The 2025 communes (the tenants) and their provinces. */
export class CommuneDirectory {
  private readonly byCode: ReadonlyMap<string, Commune>;

  constructor(communes: readonly Commune[]) {
    this.byCode = new Map(communes.map((commune) => [commune.code, commune]));
  }

  static load(): CommuneDirectory {
    return new CommuneDirectory(parseCommunes(readFileSync(locateDataFile(__dirname), 'utf8')));
  }

  find(code: string): Commune | undefined {
    return this.byCode.get(code);
  }

  /** The communes of one province, by code; empty for an unknown province. */
  inProvince(provinceCode: string): Commune[] {
    return [...this.byCode.values()]
      .filter((commune) => commune.provinceCode === provinceCode)
      .sort((a, b) => a.code.localeCompare(b.code));
  }

  /**
   * Communes with a word of their name (or province's) starting with each word typed, whatever
   * the case and diacritics ("hac th" finds Phường Hạc Thành, "hac" no Thạch), within a
   * province if given; by name, at most `limit`.
   */
  search(text: string, options: { provinceCode?: string; limit?: number } = {}): Commune[] {
    const words = folded(text).split(/\s+/).filter(Boolean);
    if (words.length === 0) {
      return [];
    }
    return [...this.byCode.values()]
      .filter((commune) => !options.provinceCode || commune.provinceCode === options.provinceCode)
      .filter((commune) => {
        const named = folded(`${commune.name} ${commune.provinceName}`).split(/\s+/);
        return words.every((word) => named.some((part) => part.startsWith(word)));
      })
      .sort((a, b) => a.name.localeCompare(b.name, 'vi'))
      .slice(0, options.limit ?? 20);
  }

  get size(): number {
    return this.byCode.size;
  }
}

/** Lower case without diacritics (đ as d), for matching what a citizen types. */
function folded(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}
