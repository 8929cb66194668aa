import { CommuneDirectory } from '@libs/reference-data';
import { refusal } from '@libs/testing';

import { BirthRegistrationRequest, registerBirth } from './birth-registration';

const directory = CommuneDirectory.load();
// 18:00 UTC on 28 November is already 01:00 on 29 November in Vietnam.
const NOW = new Date('2026-11-28T18:00:00Z');
const context = {
  id: 'f3b0c7d2-8a41-4e5b-9c6d-1a2b3c4d5e6f',
  now: NOW,
  findCommune: (code: string) => directory.find(code),
};

const validRequest = (): BirthRegistrationRequest => ({
  communeCode: '14797',
  child: { fullName: 'Lê Minh Khôi', dateOfBirth: '2026-11-20', sex: 'male' },
  father: { fullName: 'Lê Văn Hùng' },
  mother: { fullName: 'Phạm Thị Thu Hà' },
  address: { line: 'Số 12 phố Lê Lai' },
});

const refused = (request: BirthRegistrationRequest) =>
  refusal(() => registerBirth(request, context));

const refusedFields = (request: BirthRegistrationRequest): string[] =>
  refused(request).fields.map((problem) => problem.field);

describe('registerBirth', () => {
  it('should register a valid birth in the requesting commune', () => {
    const registration = registerBirth(validRequest(), context);

    expect(registration).toEqual({
      id: context.id,
      commune: directory.find('14797'),
      registeredAt: NOW,
      child: { fullName: 'Lê Minh Khôi', dateOfBirth: '2026-11-20', sex: 'male' },
      father: { fullName: 'Lê Văn Hùng' },
      mother: { fullName: 'Phạm Thị Thu Hà' },
      address: { line: 'Số 12 phố Lê Lai', communeCode: '14797' },
    });
  });

  it('should write names in NFC with single spaces, whatever the keyboard produced', () => {
    const decomposed = '  Lê   Minh\tKhôi '.normalize('NFD');
    const request = {
      ...validRequest(),
      child: { ...validRequest().child, fullName: decomposed },
      mother: { fullName: 'Phạm  Thị Thu Hà'.normalize('NFD') },
      address: { line: ' Số 12   phố Lê Lai '.normalize('NFD') },
    };

    const registration = registerBirth(request, context);

    expect(registration.child.fullName).toBe('Lê Minh Khôi'.normalize('NFC'));
    expect(registration.mother?.fullName).toBe('Phạm Thị Thu Hà'.normalize('NFC'));
    expect(registration.address.line).toBe('Số 12 phố Lê Lai'.normalize('NFC'));
  });

  it('should keep the address commune when the family lives in another commune', () => {
    const request = {
      ...validRequest(),
      address: { line: 'Số 5 phố Đội Cấn', communeCode: '00004' },
    };

    expect(registerBirth(request, context).address).toEqual({
      line: 'Số 5 phố Đội Cấn',
      communeCode: '00004',
    });
  });

  it('should register a birth with only one parent named and leave the other out', () => {
    const { father: _father, ...onlyMother } = validRequest();

    const registration = registerBirth(onlyMother, context);

    expect(registration).not.toHaveProperty('father');
    expect(registration.mother).toEqual({ fullName: 'Phạm Thị Thu Hà' });
  });

  it('should accept a child born today in Vietnam, even while it is still yesterday in UTC', () => {
    const request = {
      ...validRequest(),
      child: { ...validRequest().child, dateOfBirth: '2026-11-29' },
    };

    expect(registerBirth(request, context).child.dateOfBirth).toBe('2026-11-29');
  });

  it('should refuse a date of birth after today in Vietnam', () => {
    const request = {
      ...validRequest(),
      child: { ...validRequest().child, dateOfBirth: '2026-11-30' },
    };

    const error = refused(request);

    expect(error.code).toBe('BIRTH.INVALID');
    expect(error.kind).toBe('invalid');
    expect(error.fields).toEqual([
      { field: 'child.dateOfBirth', messages: ['Ngày sinh không được ở tương lai.'] },
    ]);
  });

  it('should refuse a date that does not exist', () => {
    const request = {
      ...validRequest(),
      child: { ...validRequest().child, dateOfBirth: '2025-02-30' },
    };

    expect(refused(request).fields).toEqual([
      { field: 'child.dateOfBirth', messages: ['Ngày sinh không phải là một ngày có thật.'] },
    ]);
  });

  it('should refuse a commune code that is not a 2025 commune', () => {
    const error = refused({ ...validRequest(), communeCode: '99999' });

    expect(error.code).toBe('BIRTH.INVALID');
    // The address defaults to the registering commune, so it is refused with it.
    expect(error.fields).toEqual([
      { field: 'communeCode', messages: ['Không có xã, phường mã 99999.'] },
      { field: 'address.communeCode', messages: ['Không có xã, phường mã 99999.'] },
    ]);
  });

  it('should refuse an address commune that is not a 2025 commune', () => {
    const request = { ...validRequest(), address: { line: 'Thôn Đông', communeCode: '99999' } };

    expect(refusedFields(request)).toEqual(['address.communeCode']);
  });

  it('should refuse a birth with no parent named', () => {
    const { father: _father, mother: _mother, ...noParent } = validRequest();

    const error = refused(noParent);

    expect(error.code).toBe('BIRTH.INVALID');
    expect(error.fields).toEqual([{ field: 'father', messages: ['Cần ghi họ tên cha hoặc mẹ.'] }]);
  });

  it('should refuse parents whose names are only spaces', () => {
    const request = { ...validRequest(), father: { fullName: '   ' }, mother: { fullName: '\t' } };

    expect(refusedFields(request)).toEqual(['father']);
  });

  it('should report every problem at once so the form can be fixed in one go', () => {
    const request: BirthRegistrationRequest = {
      communeCode: '99999',
      child: { fullName: '  ', dateOfBirth: '2025-02-30', sex: 'female' },
      address: { line: 'Thôn Đông' },
    };

    const error = refused(request);

    expect(error.code).toBe('BIRTH.INVALID');
    expect(error.fields.map((problem) => problem.field)).toEqual([
      'communeCode',
      'address.communeCode',
      'child.dateOfBirth',
      'father',
      'child.fullName',
    ]);
  });
});
