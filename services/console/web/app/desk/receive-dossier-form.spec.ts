import { vi } from '../i18n/messages';
import {
  EMPTY_RECEIVE_FORM,
  placeServiceProblems,
  receiveRequest,
  validateReceiveForm,
} from './receive-dossier-form';

const filled = {
  ...EMPTY_RECEIVE_FORM,
  procedureKey: 'marital-status-confirmation',
  fullName: '  Nguyễn Văn An ',
  identityNumber: '038090001234',
  phone: '0912 345 678',
};

describe('the receive-a-dossier form', () => {
  it('should ask for the procedure and the applicant’s name, and check formats it can check', () => {
    expect(validateReceiveForm(EMPTY_RECEIVE_FORM)).toEqual({
      procedureKey: 'errProcedure',
      fullName: 'errFullName',
    });
    expect(
      validateReceiveForm({ ...filled, identityNumber: '03809', phone: 'abc', email: 'an@' }),
    ).toEqual({ identityNumber: 'errIdentityNumber', phone: 'errPhone', email: 'errEmail' });
    expect(validateReceiveForm(filled)).toEqual({});
  });

  it('should send trimmed NFC values and leave out the empty optional fields', () => {
    const decomposed = { ...filled, fullName: 'Trần Thị Bình'.normalize('NFD') };

    expect(receiveRequest(filled, '14797')).toEqual({
      communeCode: '14797',
      procedureKey: 'marital-status-confirmation',
      channel: 'counter',
      applicant: { fullName: 'Nguyễn Văn An', identityNumber: '038090001234', phone: '0912345678' },
    });
    expect(receiveRequest(decomposed, '14797')).toMatchObject({
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
});
