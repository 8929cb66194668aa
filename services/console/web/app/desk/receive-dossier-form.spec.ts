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
    expect(validateReceiveForm(EMPTY_RECEIVE_FORM, false, TODAY)).toEqual({
      procedureKey: 'errProcedure',
      fullName: 'errFullName',
    });
    expect(
      validateReceiveForm(
        { ...filled, identityNumber: '03809', phone: 'abc', email: 'an@' },
        false,
        TODAY,
      ),
    ).toEqual({ identityNumber: 'errIdentityNumber', phone: 'errPhone', email: 'errEmail' });
    expect(validateReceiveForm(filled, false, TODAY)).toEqual({});
  });

  it('should send trimmed NFC values and leave out the empty optional fields', () => {
    const decomposed = { ...filled, fullName: 'Trần Thị Bình'.normalize('NFD') };

    expect(receiveRequest(filled, '14797', false)).toEqual({
      communeCode: '14797',
      procedureKey: 'marital-status-confirmation',
      channel: 'counter',
      applicant: { fullName: 'Nguyễn Văn An', identityNumber: '038090001234', phone: '0912345678' },
    });
    expect(receiveRequest(decomposed, '14797', false)).toMatchObject({
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
        validateReceiveForm({ ...filled, procedureKey: 'birth-registration' }, true, TODAY),
      ).toEqual({
        childFullName: 'errChildFullName',
        childDateOfBirth: 'errChildDateOfBirth',
        childSex: 'errChildSex',
        motherFullName: 'errParent',
        birthAddressLine: 'errBirthAddress',
      });
      expect(
        validateReceiveForm({ ...birth, childDateOfBirth: '2026-12-03' }, true, TODAY),
      ).toEqual({ childDateOfBirth: 'errChildDateOfBirthFuture' });
      expect(validateReceiveForm(birth, true, TODAY)).toEqual({});
    });

    it('should send the birth details intake records, with the commune as the address’s', () => {
      expect(receiveRequest(birth, '14797', true)).toMatchObject({
        procedureKey: 'birth-registration',
        birth: {
          child: { fullName: 'Nguyễn Minh Khang', dateOfBirth: '2026-11-28', sex: 'male' },
          mother: { fullName: 'Trần Thị Bình' },
          address: { line: 'Số 5, phố Lê Lợi', communeCode: '14797' },
        },
      });
      expect(receiveRequest(birth, '14797', true)).not.toHaveProperty('birth.father');
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
});
