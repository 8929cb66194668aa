import { isRealCalendarDate, vietnamCalendarDate } from '@libs/clock';
import { Sex } from '@libs/contracts';
import { Commune } from '@libs/reference-data';

import { BirthRegistrationErrors } from './birth-registration.errors';

export interface PersonName {
  fullName: string;
}

export interface BirthRegistration {
  id: string;
  commune: Commune;
  registeredAt: Date;
  child: { fullName: string; dateOfBirth: string; sex: Sex };
  father?: PersonName;
  mother?: PersonName;
  address: { line: string; communeCode: string };
}

export interface BirthRegistrationRequest {
  communeCode: string;
  child: { fullName: string; dateOfBirth: string; sex: Sex };
  father?: PersonName;
  mother?: PersonName;
  address: { line: string; communeCode?: string };
}

/** Names as written on civil-status records: NFC, single spaces, no padding. */
export function normalizeName(name: string): string {
  return name.normalize('NFC').replace(/\s+/g, ' ').trim();
}

const EARLIEST_DATE_OF_BIRTH = '1900-01-01';

/**
 * Applies the rules a one-stop officer applies at the counter. Every broken rule is
 * reported, so the citizen can fix the form in one go.
 */
export function registerBirth(
  request: BirthRegistrationRequest,
  context: { id: string; now: Date; findCommune: (code: string) => Commune | undefined },
): BirthRegistration {
  const problems: { field: string; message: string }[] = [];
  const commune = context.findCommune(request.communeCode);
  if (!commune) {
    problems.push({
      field: 'communeCode',
      message: `Không có xã, phường mã ${request.communeCode}.`,
    });
  }
  const addressCommuneCode = request.address.communeCode ?? request.communeCode;
  if (!context.findCommune(addressCommuneCode)) {
    problems.push({
      field: 'address.communeCode',
      message: `Không có xã, phường mã ${addressCommuneCode}.`,
    });
  }
  const { dateOfBirth } = request.child;
  if (!isRealCalendarDate(dateOfBirth)) {
    problems.push({
      field: 'child.dateOfBirth',
      message: 'Ngày sinh không phải là một ngày có thật.',
    });
  } else if (dateOfBirth > vietnamCalendarDate(context.now)) {
    problems.push({ field: 'child.dateOfBirth', message: 'Ngày sinh không được ở tương lai.' });
  } else if (dateOfBirth < EARLIEST_DATE_OF_BIRTH) {
    problems.push({ field: 'child.dateOfBirth', message: 'Ngày sinh không được trước năm 1900.' });
  }
  const father = request.father && { fullName: normalizeName(request.father.fullName) };
  const mother = request.mother && { fullName: normalizeName(request.mother.fullName) };
  if (!father?.fullName && !mother?.fullName) {
    problems.push({ field: 'father', message: 'Cần ghi họ tên cha hoặc mẹ.' });
  }
  const childName = normalizeName(request.child.fullName);
  if (!childName) {
    problems.push({ field: 'child.fullName', message: 'Họ tên trẻ không được để trống.' });
  }
  const addressLine = normalizeName(request.address.line);
  if (!addressLine) {
    problems.push({ field: 'address.line', message: 'Địa chỉ không được để trống.' });
  }
  if (problems.length > 0 || !commune) {
    throw BirthRegistrationErrors.invalid(problems);
  }
  return {
    id: context.id,
    commune,
    registeredAt: context.now,
    child: { fullName: childName, dateOfBirth, sex: request.child.sex },
    ...(father?.fullName ? { father } : {}),
    ...(mother?.fullName ? { mother } : {}),
    address: { line: addressLine, communeCode: addressCommuneCode },
  };
}
