import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { vietnamCalendarDate } from '@libs/clock';
import { Commune, parseCommunes } from '@libs/reference-data';

import { REPOSITORY_ROOT } from './paths';

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng'];
const FAMILY_MORE = ['Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Trịnh', 'Đinh', 'Lương', 'Mai'];
const MALE_MIDDLE = ['Văn', 'Đức', 'Minh', 'Quang', 'Hữu', 'Thành', 'Công', 'Xuân'];
const FEMALE_MIDDLE = ['Thị', 'Ngọc', 'Thu', 'Thanh', 'Minh', 'Hồng', 'Kim', 'Phương'];
const MALE_GIVEN = ['An', 'Bình', 'Dũng', 'Hải', 'Hùng', 'Khôi', 'Long', 'Nam', 'Phúc', 'Quân'];
const FEMALE_GIVEN = ['Anh', 'Chi', 'Hà', 'Hằng', 'Lan', 'Linh', 'Mai', 'Thảo', 'Trang', 'Vy'];
const STREETS = ['Trần Phú', 'Lê Lợi', 'Nguyễn Trãi', 'Hàm Nghi', 'Đào Duy Từ', 'Lê Hoàn'];

const pick = <T>(list: readonly T[], index: number): T => list[index % list.length];

/** A deterministic but varied Vietnamese full name. */
export function personName(seed: number, sex: 'male' | 'female', family?: string): string {
  const surname = family ?? pick([...FAMILY, ...FAMILY_MORE], seed * 7 + 3);
  return sex === 'male'
    ? `${surname} ${pick(MALE_MIDDLE, seed * 3)} ${pick(MALE_GIVEN, seed * 11 + 1)}`
    : `${surname} ${pick(FEMALE_MIDDLE, seed * 5)} ${pick(FEMALE_GIVEN, seed * 13 + 2)}`;
}

export function addressLine(seed: number): string {
  return `Số ${(seed % 180) + 1}, phố ${pick(STREETS, seed)}`;
}

export function phoneNumber(seed: number): string {
  return `09${String(10_000_000 + (seed % 89_999_999)).padStart(8, '0')}`;
}

let allCommunes: Commune[] | undefined;

/** The 2025 communes (3,321), read from the reference data file. */
export function communes(): Commune[] {
  allCommunes ??= parseCommunes(
    readFileSync(
      join(REPOSITORY_ROOT, 'libs', 'reference-data', 'data', 'administrative-units-2025.csv'),
      'utf8',
    ),
  );
  return allCommunes;
}

/** The first `count` communes of a commune's province, that commune first. */
export function provinceCommunes(firstCode: string, count: number): Commune[] {
  const first = communes().find((commune) => commune.code === firstCode);
  if (!first) {
    throw new Error(`no 2025 commune ${firstCode}`);
  }
  const others = communes().filter(
    (commune) => commune.provinceCode === first.provinceCode && commune.code !== first.code,
  );
  return [first, ...others].slice(0, count);
}

/** A child born a few days before today (Vietnam time): a registration on time. */
function dateOfBirth(seed: number): string {
  return vietnamCalendarDate(new Date(Date.now() - (2 + (seed % 20)) * 86_400_000));
}

export interface BirthParties {
  child: { fullName: string; dateOfBirth: string; sex: 'male' | 'female' };
  father: { fullName: string };
  mother: { fullName: string };
  address: { line: string };
}

export function birthParties(seed: number): BirthParties {
  const family = pick([...FAMILY, ...FAMILY_MORE], seed);
  const sex = seed % 2 === 0 ? 'male' : 'female';
  return {
    child: { fullName: personName(seed + 17, sex, family), dateOfBirth: dateOfBirth(seed), sex },
    father: { fullName: personName(seed, 'male', family) },
    mother: { fullName: personName(seed + 5, 'female') },
    address: { line: addressLine(seed) },
  };
}

/** POST /v1/dossiers: a birth-registration dossier received at the counter. */
export function birthDossierRequest(seed: number, communeCode: string): Record<string, unknown> {
  const parties = birthParties(seed);
  return {
    communeCode,
    procedureKey: 'birth-registration',
    channel: 'counter',
    applicant: {
      fullName: parties.father.fullName,
      phone: phoneNumber(seed),
      addressLine: parties.address.line,
    },
    birth: parties,
  };
}

/** POST /v1/birth-registrations: a birth registered directly at the desk. */
export function birthRegistrationRequest(
  seed: number,
  communeCode: string,
): Record<string, unknown> {
  return { communeCode, ...birthParties(seed) };
}
