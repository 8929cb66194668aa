import { vi } from '../i18n/messages';
import {
  EMPTY_RECEIVE_FORM,
  placeServiceProblems,
  receiveRequest,
  validateReceiveForm,
} from './receive-dossier-form';

const TODAY = '2026-12-02';

const filled = {
  ...EMPTY_RECEIVE_FORM,
  procedureKey: 'marital-status-confirmation',
  fullName: '  Nguyễn Văn An ',
  identityNumber: '038090001234',
  phone: '0912 345 678',
};

describe('the receive-a-dossier form', () => {
  it('should ask for the procedure and the applicant’s name, and check formats it can check', () => {
    expect(validateReceiveForm(EMPTY_RECEIVE_FORM, 'none', TODAY)).toEqual({
      procedureKey: 'errProcedure',
      fullName: 'errFullName',
    });
    expect(
      validateReceiveForm(
        { ...filled, identityNumber: '03809', phone: 'abc', email: 'an@' },
        'none',
        TODAY,
      ),
    ).toEqual({ identityNumber: 'errIdentityNumber', phone: 'errPhone', email: 'errEmail' });
    expect(validateReceiveForm(filled, 'none', TODAY)).toEqual({});
  });

  it('should send trimmed NFC values and leave out the empty optional fields', () => {
    const decomposed = { ...filled, fullName: 'Trần Thị Bình'.normalize('NFD') };

    expect(receiveRequest(filled, '14797', 'none')).toEqual({
      communeCode: '14797',
      procedureKey: 'marital-status-confirmation',
      channel: 'counter',
      applicant: { fullName: 'Nguyễn Văn An', identityNumber: '038090001234', phone: '0912345678' },
    });
    expect(receiveRequest(decomposed, '14797', 'none')).toMatchObject({
      applicant: { fullName: 'Trần Thị Bình'.normalize('NFC') },
    });
  });

  it('should put the service’s refusals beside their fields, in the form’s own Vietnamese', () => {
    const placed = placeServiceProblems(
      {
        'applicant.identityNumber': ['identityNumber gồm 12 chữ số'],
        procedureKey: ['Xã, phường không tiếp nhận thủ tục "x".'],
        communeCode: ['Không có xã, phường mã 99999.'],
      },
      (key) => vi[key],
    );

    expect(placed).toEqual({
      identityNumber: [vi.errIdentityNumber],
      procedureKey: ['Xã, phường không tiếp nhận thủ tục "x".'],
      form: ['Không có xã, phường mã 99999.'],
    });
  });

  describe('for a birth registration', () => {
    const birth = {
      ...filled,
      procedureKey: 'birth-registration',
      childFullName: 'Nguyễn Minh Khang',
      childDateOfBirth: '2026-11-28',
      childSex: 'male' as const,
      motherFullName: 'Trần Thị Bình',
      birthAddressLine: 'Số 5, phố Lê Lợi',
    };

    it('should ask for the child, a parent and the address, and refuse a birth in the future', () => {
      expect(
        validateReceiveForm({ ...filled, procedureKey: 'birth-registration' }, 'birth', TODAY),
      ).toEqual({
        childFullName: 'errChildFullName',
        childDateOfBirth: 'errChildDateOfBirth',
        childSex: 'errChildSex',
        motherFullName: 'errParent',
        birthAddressLine: 'errBirthAddress',
      });
      expect(
        validateReceiveForm({ ...birth, childDateOfBirth: '2026-12-03' }, 'birth', TODAY),
      ).toEqual({ childDateOfBirth: 'errChildDateOfBirthFuture' });
      expect(validateReceiveForm(birth, 'birth', TODAY)).toEqual({});
    });

    it('should send the birth details intake records, with the commune as the address’s', () => {
      expect(receiveRequest(birth, '14797', 'birth')).toMatchObject({
        procedureKey: 'birth-registration',
        birth: {
          child: { fullName: 'Nguyễn Minh Khang', dateOfBirth: '2026-11-28', sex: 'male' },
          mother: { fullName: 'Trần Thị Bình' },
          address: { line: 'Số 5, phố Lê Lợi', communeCode: '14797' },
        },
      });
      expect(receiveRequest(birth, '14797', 'birth')).not.toHaveProperty('birth.father');
    });

    it('should put a refused birth detail beside its field', () => {
      expect(
        placeServiceProblems(
          { 'birth.child.dateOfBirth': ['Ngày sinh không hợp lệ.'] },
          (key) => vi[key],
        ),
      ).toEqual({ childDateOfBirth: ['Ngày sinh không hợp lệ.'] });
    });
  });

  describe('for a marriage registration', () => {
    const marriage = {
      ...filled,
      procedureKey: 'marriage-registration',
      husbandFullName: ' Lê Văn Nam ',
      wifeFullName: 'Phạm Thị Hoa',
      marriageAddressLine: 'Số 8, phố Lê Lợi',
    };

    it('should ask for both spouses and where they live', () => {
      expect(
        validateReceiveForm(
          { ...filled, procedureKey: 'marriage-registration' },
          'marriage',
          TODAY,
        ),
      ).toEqual({
        husbandFullName: 'errHusbandFullName',
        wifeFullName: 'errWifeFullName',
        marriageAddressLine: 'errResidence',
      });
      expect(validateReceiveForm(marriage, 'marriage', TODAY)).toEqual({});
    });

    it('should send the couple intake records, and nothing of a birth or a death', () => {
      const request = receiveRequest(marriage, '14797', 'marriage');
      expect(request).toMatchObject({
        marriage: {
          husband: { fullName: 'Lê Văn Nam' },
          wife: { fullName: 'Phạm Thị Hoa' },
          address: { line: 'Số 8, phố Lê Lợi', communeCode: '14797' },
        },
      });
      expect(request).not.toHaveProperty('birth');
      expect(request).not.toHaveProperty('death');
    });
  });

  describe('for a death registration', () => {
    const death = {
      ...filled,
      procedureKey: 'death-registration',
      deceasedFullName: 'Lê Văn Bình',
      deceasedDateOfDeath: '2026-11-29',
      familyFullName: 'Lê Thị Hoa',
      deathAddressLine: 'Thôn Đông, xã Quảng Phú',
    };

    it('should ask for the deceased, the date of death, the declarant and the address', () => {
      expect(
        validateReceiveForm({ ...filled, procedureKey: 'death-registration' }, 'death', TODAY),
      ).toEqual({
        deceasedFullName: 'errDeceasedFullName',
        deceasedDateOfDeath: 'errDateOfDeath',
        familyFullName: 'errFamilyFullName',
        deathAddressLine: 'errResidence',
      });
      expect(validateReceiveForm(death, 'death', TODAY)).toEqual({});
    });

    it('should refuse a death after today and a birth after the death, as intake does', () => {
      expect(
        validateReceiveForm({ ...death, deceasedDateOfDeath: '2026-12-03' }, 'death', TODAY),
      ).toEqual({ deceasedDateOfDeath: 'errDateOfDeathFuture' });
      expect(
        validateReceiveForm(
          { ...death, deceasedDateOfBirth: '2026-11-30', familyDateOfBirth: '2026-12-05' },
          'death',
          TODAY,
        ),
      ).toEqual({
        deceasedDateOfBirth: 'errDateOfBirthAfterDeath',
        familyDateOfBirth: 'errDateOfBirthFuture',
      });
      expect(
        validateReceiveForm({ ...death, familyRelationship: 'x'.repeat(51) }, 'death', TODAY),
      ).toEqual({ familyRelationship: 'errRelationshipLong' });
    });

    it('should send sex and date of birth only when given, for the letter’s forms of address', () => {
      expect(receiveRequest(death, '14797', 'death')).toEqual({
        communeCode: '14797',
        procedureKey: 'death-registration',
        channel: 'counter',
        applicant: {
          fullName: 'Nguyễn Văn An',
          identityNumber: '038090001234',
          phone: '0912345678',
        },
        death: {
          deceased: { fullName: 'Lê Văn Bình', dateOfDeath: '2026-11-29' },
          family: { fullName: 'Lê Thị Hoa' },
          address: { line: 'Thôn Đông, xã Quảng Phú', communeCode: '14797' },
        },
      });
      expect(
        receiveRequest(
          {
            ...death,
            deceasedSex: 'male',
            deceasedDateOfBirth: '1942-03-15',
            familySex: 'female',
            familyRelationship: ' con gái ',
          },
          '14797',
          'death',
        ),
      ).toMatchObject({
        death: {
          deceased: { sex: 'male', dateOfBirth: '1942-03-15' },
          family: { fullName: 'Lê Thị Hoa', relationship: 'con gái', sex: 'female' },
        },
      });
    });

    it('should put the service’s refusals of the death details beside their fields', () => {
      expect(
        placeServiceProblems(
          {
            'death.deceased.dateOfDeath': ['Ngày mất không được sau ngày nộp hồ sơ.'],
            'death.family.fullName': ['fullName không được để trống'],
            death: ['Cần thông tin khai tử (mục death).'],
          },
          (key) => vi[key],
        ),
      ).toEqual({
        deceasedDateOfDeath: ['Ngày mất không được sau ngày nộp hồ sơ.'],
        familyFullName: [vi.errFamilyFullName],
        form: ['Cần thông tin khai tử (mục death).'],
      });
    });
  });
});
