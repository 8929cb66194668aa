import { unitNaming } from '@libs/documents';
import { Commune, CommuneDirectory } from '@libs/reference-data';

import { signatureLines } from '../../settings/domain/letter-settings';
import { builtInTemplate } from '../../templates/domain/letter-template';
import { communeNameInText, composeLetter, placeAndDateLine } from './compose-letter';
import { formatLetterNumber } from './letter';

const directory = CommuneDirectory.load();
const HAC_THANH = directory.find('14797') as Commune;
const DAO_DUY_TU = directory.find('16609') as Commune;
const AT = new Date('2026-12-01T03:00:00Z');

describe('the date line and the commune in sentences (Decree 30/2020)', () => {
  it('should date a place-named ward by its name alone, in lower case inside sentences', () => {
    const naming = unitNaming(HAC_THANH);
    expect(placeAndDateLine(HAC_THANH, naming, AT)).toBe('Hạc Thành, ngày 01 tháng 12 năm 2026');
    expect(communeNameInText(HAC_THANH, naming)).toBe('phường Hạc Thành');
  });

  it('should give a person-named ward its full name on the date line and a capital unit noun', () => {
    const naming = unitNaming(DAO_DUY_TU);
    expect(placeAndDateLine(DAO_DUY_TU, naming, AT)).toBe(
      'Phường Đào Duy Từ, ngày 01 tháng 12 năm 2026',
    );
    expect(communeNameInText(DAO_DUY_TU, naming)).toBe('Phường Đào Duy Từ');
  });

  it('should follow the commune setting when it says otherwise', () => {
    expect(placeAndDateLine(HAC_THANH, 'event', AT)).toMatch(/^Phường Hạc Thành, ngày/);
  });
});

describe('signature block (Decree 30/2020, Phụ lục I §II.7b)', () => {
  it('should sign for the committee as chair, and as deputy in the chair’s place', () => {
    expect(signatureLines('chair')).toEqual(['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH']);
    expect(signatureLines('vice-chair')).toEqual([
      'TM. ỦY BAN NHÂN DÂN',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
    ]);
  });

  it('should put the deputy block on the letter', () => {
    const letter = composeLetter({
      wording: builtInTemplate('thank-you'),
      values: {
        recipientName: 'Bà Vũ Thị Mai',
        communeName: 'phường Hạc Thành',
        oneStopCentre: 'Trung tâm Phục vụ hành chính công phường Hạc Thành',
        contribution: 'gửi kiến nghị',
        caseCode: 'PA-14797-2026-0001',
      },
      commune: HAC_THANH,
      naming: 'place',
      signer: { role: 'vice-chair', fullName: 'Trần Văn Nam' },
      writtenAt: AT,
    });
    expect(letter.signatureBlock).toEqual(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']);
    expect(letter.signerName).toBe('Trần Văn Nam');
  });
});

describe('formatLetterNumber (Phụ lục I §II.3)', () => {
  it('should pad numbers below 10 and join the symbol with a slash', () => {
    expect(formatLetterNumber({ value: 5, year: 2026, symbol: 'UBND' })).toBe('05/UBND');
    expect(formatLetterNumber({ value: 123, year: 2026, symbol: 'UBND-TTPVHCC' })).toBe(
      '123/UBND-TTPVHCC',
    );
  });
});
