/**
 * How a commune's name is written on its documents (Decree 30/2020/NĐ-CP).
 *
 * - Date line, Phụ lục I §II.4a: the place name is the unit's official name; "đối với những
 *   đơn vị hành chính được đặt theo tên người, bằng chữ số hoặc sự kiện lịch sử thì phải ghi tên
 *   gọi đầy đủ" ("Phường Đào Duy Từ, ngày …", but "Hạc Thành, ngày …").
 * - Inside sentences, Phụ lục II §III.1a–b: the unit noun is lower case ("phường Hạc Thành")
 *   unless the name is a number, a person or a historical event, when it is capitalised too
 *   ("Quận 1, Phường Điện Biên Phủ").
 *
 * Both rules turn on the same fact, what the unit is named after. A number is seen in the name
 * itself; a person or an event is not, so it is a per-commune setting, with the few units below
 * known out of the box.
 */
export const UNIT_NAMINGS = ['place', 'person', 'number', 'event'] as const;
export type UnitNaming = (typeof UNIT_NAMINGS)[number];

const UNIT_NOUN = /^(Xã|Phường|Đặc khu|Thị trấn)\s+/u;

/**
 * 2025 units known to be named after a person or a historical event. Not exhaustive: any other
 * commune sets its own naming in its settings.
 */
const KNOWN_NAMINGS: Readonly<Record<string, UnitNaming>> = {
  // Đào Duy Từ (1572–1634), scholar and strategist; Thanh Hóa.
  '16609': 'person',
  // Emperor Quang Trung (Nguyễn Huệ); Thanh Hóa.
  '14818': 'person',
  // The 1954 battle of Điện Biên Phủ; Điện Biên (the Phụ lục II example itself).
  '03127': 'event',
};

export interface NamedUnit {
  code: string;
  /** Official name with its unit noun, e.g. "Phường Hạc Thành". */
  name: string;
}

/** What the unit is named after: the commune's setting, else what is known, else a place. */
export function unitNaming(unit: NamedUnit, configured?: UnitNaming): UnitNaming {
  if (configured) {
    return configured;
  }
  if (/^\d/u.test(unit.name.replace(UNIT_NOUN, ''))) {
    return 'number';
  }
  return KNOWN_NAMINGS[unit.code] ?? 'place';
}

function namedAfterPlace(naming: UnitNaming): boolean {
  return naming === 'place';
}

/** "Hạc Thành", or the full "Phường Đào Duy Từ": the place on the date line. */
export function datelinePlace(unit: NamedUnit, naming: UnitNaming): string {
  return namedAfterPlace(naming) ? unit.name.replace(UNIT_NOUN, '') : unit.name;
}

/** "phường Hạc Thành", or "Phường Đào Duy Từ": the unit named inside a sentence. */
export function unitNameInSentence(unit: NamedUnit, naming: UnitNaming): string {
  return namedAfterPlace(naming)
    ? unit.name.replace(UNIT_NOUN, (noun) => noun.toLocaleLowerCase('vi'))
    : unit.name;
}

/**
 * Decree 118/2025/NĐ-CP set up a "Trung tâm Phục vụ hành chính công" in every commune from
 * 1 July 2025; it replaced the "Bộ phận Tiếp nhận và Trả kết quả" (Bộ phận Một cửa). A commune
 * whose centre bears another name configures it; every slip and letter uses this one name.
 */
export const DEFAULT_ONE_STOP_CENTRE = 'Trung tâm Phục vụ hành chính công';

export interface OneStopCentre {
  /** In a sentence: "Trung tâm Phục vụ hành chính công phường Hạc Thành". */
  inSentence: string;
  /** The issuing-body line of a slip: "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG". */
  headerLine: string;
  /** The parent-body line above it, common phrases abbreviated (Phụ lục I §II.2a). */
  parentLine: string;
}

export function oneStopCentre(
  unit: NamedUnit,
  naming: UnitNaming,
  configuredName: string = DEFAULT_ONE_STOP_CENTRE,
): OneStopCentre {
  const name = configuredName.trim() || DEFAULT_ONE_STOP_CENTRE;
  return {
    inSentence: `${name} ${unitNameInSentence(unit, naming)}`,
    headerLine: name.toLocaleUpperCase('vi'),
    parentLine: `UBND ${unit.name.toLocaleUpperCase('vi')}`,
  };
}
