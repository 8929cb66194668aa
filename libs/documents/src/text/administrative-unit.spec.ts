import {
  datelinePlace,
  DEFAULT_ONE_STOP_CENTRE,
  oneStopCentre,
  unitNameInSentence,
  unitNaming,
} from './administrative-unit';

const HAC_THANH = { code: '14797', name: 'Phường Hạc Thành' };
const DAO_DUY_TU = { code: '16609', name: 'Phường Đào Duy Từ' };
const BAO_LOC_1 = { code: '24823', name: 'Phường 1 Bảo Lộc' };
const DIEN_BIEN_PHU = { code: '03127', name: 'Phường Điện Biên Phủ' };
const MUONG_PHANG = { code: '03325', name: 'Xã Mường Phăng' };

describe('unitNaming', () => {
  it('should see a unit named by a number in its name', () => {
    expect(unitNaming(BAO_LOC_1)).toBe('number');
  });

  it('should know the units named after a person or an event', () => {
    expect(unitNaming(DAO_DUY_TU)).toBe('person');
    expect(unitNaming(DIEN_BIEN_PHU)).toBe('event');
  });

  it('should take a place name otherwise, and the commune setting over everything', () => {
    expect(unitNaming(HAC_THANH)).toBe('place');
    expect(unitNaming(MUONG_PHANG, 'event')).toBe('event');
    expect(unitNaming(DAO_DUY_TU, 'place')).toBe('place');
  });
});

describe('datelinePlace (Decree 30/2020, Phụ lục I §II.4a)', () => {
  it('should drop the unit noun for a unit named after a place', () => {
    expect(datelinePlace(HAC_THANH, 'place')).toBe('Hạc Thành');
  });

  it.each([
    [DAO_DUY_TU, 'person', 'Phường Đào Duy Từ'],
    [BAO_LOC_1, 'number', 'Phường 1 Bảo Lộc'],
    [DIEN_BIEN_PHU, 'event', 'Phường Điện Biên Phủ'],
  ] as const)('should keep the full name of %j (%s)', (unit, naming, expected) => {
    expect(datelinePlace(unit, naming)).toBe(expected);
  });
});

describe('unitNameInSentence (Decree 30/2020, Phụ lục II §III.1)', () => {
  it('should write the unit noun in lower case for a place name (§III.1a)', () => {
    expect(unitNameInSentence(HAC_THANH, 'place')).toBe('phường Hạc Thành');
    expect(unitNameInSentence(MUONG_PHANG, 'place')).toBe('xã Mường Phăng');
  });

  it('should capitalise it for a number, a person or an event (§III.1b)', () => {
    expect(unitNameInSentence(BAO_LOC_1, 'number')).toBe('Phường 1 Bảo Lộc');
    expect(unitNameInSentence(DAO_DUY_TU, 'person')).toBe('Phường Đào Duy Từ');
    expect(unitNameInSentence(DIEN_BIEN_PHU, 'event')).toBe('Phường Điện Biên Phủ');
  });
});

describe('oneStopCentre (Decree 118/2025)', () => {
  it('should name the commune centre the same way in headers and sentences', () => {
    expect(oneStopCentre(HAC_THANH, 'place')).toEqual({
      inSentence: 'Trung tâm Phục vụ hành chính công phường Hạc Thành',
      headerLine: 'TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG',
      parentLine: 'UBND PHƯỜNG HẠC THÀNH',
    });
  });

  it('should use the name a commune configured, and the default for a blank one', () => {
    const custom = oneStopCentre(DAO_DUY_TU, 'person', 'Trung tâm Hành chính công');
    expect(custom.inSentence).toBe('Trung tâm Hành chính công Phường Đào Duy Từ');
    expect(custom.headerLine).toBe('TRUNG TÂM HÀNH CHÍNH CÔNG');
    expect(oneStopCentre(HAC_THANH, 'place', '  ').headerLine).toBe(
      DEFAULT_ONE_STOP_CENTRE.toLocaleUpperCase('vi'),
    );
  });
});
