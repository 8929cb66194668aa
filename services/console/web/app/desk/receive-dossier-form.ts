import type { MessageKey } from '../i18n/messages';

/** What the officer types, exactly as typed (kept across errors and a new sign-in). */
export interface ReceiveDossierValues {
  procedureKey: string;
  channel: 'counter' | 'online';
  fullName: string;
  identityNumber: string;
  phone: string;
  email: string;
  addressLine: string;
  /** Birth registration only (the birth details of Mẫu tờ khai đăng ký khai sinh). */
  childFullName: string;
  childDateOfBirth: string;
  childSex: '' | 'male' | 'female';
  motherFullName: string;
  fatherFullName: string;
  birthAddressLine: string;
}

export type ReceiveField = keyof ReceiveDossierValues;

export const EMPTY_RECEIVE_FORM: ReceiveDossierValues = {
  procedureKey: '',
  channel: 'counter',
  fullName: '',
  identityNumber: '',
  phone: '',
  email: '',
  addressLine: '',
  childFullName: '',
  childDateOfBirth: '',
  childSex: '',
  motherFullName: '',
  fatherFullName: '',
  birthAddressLine: '',
};

/** The birth details the form asks for, in their order on the page. */
export const BIRTH_FIELDS = [
  'childFullName',
  'childDateOfBirth',
  'childSex',
  'motherFullName',
  'fatherFullName',
  'birthAddressLine',
] as const satisfies readonly ReceiveField[];

/** The same rules as intake's ReceiveDossierRequestDto, checked before the trip. */
export function validateReceiveForm(
  values: ReceiveDossierValues,
  registersBirth: boolean,
  today: string,
): Partial<Record<ReceiveField, MessageKey>> {
  const problems: Partial<Record<ReceiveField, MessageKey>> = {};
  const fullName = values.fullName.trim();
  if (!values.procedureKey) {
    problems.procedureKey = 'errProcedure';
  }
  if (!fullName) {
    problems.fullName = 'errFullName';
  } else if (fullName.length > 100) {
    problems.fullName = 'errFullNameLong';
  }
  if (values.identityNumber.trim() && !/^\d{12}$/.test(values.identityNumber.trim())) {
    problems.identityNumber = 'errIdentityNumber';
  }
  if (values.phone.trim() && !/^\+?\d{9,15}$/.test(values.phone.trim().replace(/[\s.]/g, ''))) {
    problems.phone = 'errPhone';
  }
  if (values.email.trim() && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.email.trim())) {
    problems.email = 'errEmail';
  }
  if (values.addressLine.trim().length > 200) {
    problems.addressLine = 'errAddressLong';
  }
  if (registersBirth) {
    Object.assign(problems, validateBirth(values, today));
  }
  return problems;
}

function validateBirth(
  values: ReceiveDossierValues,
  today: string,
): Partial<Record<ReceiveField, MessageKey>> {
  const problems: Partial<Record<ReceiveField, MessageKey>> = {};
  const childName = values.childFullName.trim();
  if (!childName || childName.length > 100) {
    problems.childFullName = 'errChildFullName';
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(values.childDateOfBirth)) {
    problems.childDateOfBirth = 'errChildDateOfBirth';
  } else if (values.childDateOfBirth > today) {
    problems.childDateOfBirth = 'errChildDateOfBirthFuture';
  }
  if (!values.childSex) {
    problems.childSex = 'errChildSex';
  }
  if (!values.motherFullName.trim() && !values.fatherFullName.trim()) {
    problems.motherFullName = 'errParent';
  }
  if (values.motherFullName.trim().length > 100) {
    problems.motherFullName = 'errFullNameLong';
  }
  if (values.fatherFullName.trim().length > 100) {
    problems.fatherFullName = 'errFullNameLong';
  }
  const address = values.birthAddressLine.trim();
  if (!address || address.length > 200) {
    problems.birthAddressLine = 'errBirthAddress';
  }
  return problems;
}

/** The request intake expects (POST /v1/dossiers); empty optional fields are left out. */
export function receiveRequest(
  values: ReceiveDossierValues,
  communeCode: string,
  registersBirth: boolean,
): object {
  const optional = (value: string) => value.trim().normalize('NFC');
  const applicant: Record<string, string> = { fullName: optional(values.fullName) };
  const phone = values.phone.trim().replace(/[\s.]/g, '');
  if (optional(values.identityNumber)) {
    applicant.identityNumber = optional(values.identityNumber);
  }
  if (phone) {
    applicant.phone = phone;
  }
  if (optional(values.email)) {
    applicant.email = optional(values.email);
  }
  if (optional(values.addressLine)) {
    applicant.addressLine = optional(values.addressLine);
  }
  const request = {
    communeCode,
    procedureKey: values.procedureKey,
    channel: values.channel,
    applicant,
  };
  if (!registersBirth) {
    return request;
  }
  const person = (name: string) => (optional(name) ? { fullName: optional(name) } : undefined);
  return {
    ...request,
    birth: {
      child: {
        fullName: optional(values.childFullName),
        dateOfBirth: values.childDateOfBirth,
        sex: values.childSex,
      },
      ...(person(values.motherFullName) ? { mother: person(values.motherFullName) } : {}),
      ...(person(values.fatherFullName) ? { father: person(values.fatherFullName) } : {}),
      address: { line: optional(values.birthAddressLine), communeCode },
    },
  };
}

const FIELD_OF_PATH: Record<string, ReceiveField> = {
  procedureKey: 'procedureKey',
  channel: 'channel',
  'applicant.fullName': 'fullName',
  'applicant.identityNumber': 'identityNumber',
  'applicant.phone': 'phone',
  'applicant.email': 'email',
  'applicant.addressLine': 'addressLine',
  'birth.child.fullName': 'childFullName',
  'birth.child.dateOfBirth': 'childDateOfBirth',
  'birth.child.sex': 'childSex',
  'birth.mother.fullName': 'motherFullName',
  'birth.father.fullName': 'fatherFullName',
  'birth.address.line': 'birthAddressLine',
};

const MESSAGE_OF_FIELD: Partial<Record<ReceiveField, MessageKey>> = {
  fullName: 'errFullName',
  identityNumber: 'errIdentityNumber',
  phone: 'errPhone',
  email: 'errEmail',
  addressLine: 'errAddressLong',
  childFullName: 'errChildFullName',
  childSex: 'errChildSex',
  birthAddressLine: 'errBirthAddress',
};

/**
 * The service's refusals beside the fields they concern. A format message that names the
 * API field (`identityNumber gồm 12 chữ số`) is replaced by the form's own wording; a rule
 * only the service knows (`Xã, phường không tiếp nhận thủ tục …`) is shown as it says it.
 * Problems on fields the form does not have are returned under `form`.
 */
export function placeServiceProblems(
  fields: Record<string, string[]>,
  translate: (key: MessageKey) => string,
): Partial<Record<ReceiveField | 'form', string[]>> {
  const placed: Partial<Record<ReceiveField | 'form', string[]>> = {};
  for (const [path, messages] of Object.entries(fields)) {
    const field = FIELD_OF_PATH[path];
    const apiName = path.split('.').at(-1) ?? path;
    const own = field ? MESSAGE_OF_FIELD[field] : undefined;
    const wording = messages.map((message) =>
      own && message.startsWith(apiName) ? translate(own) : message,
    );
    const target = field ?? 'form';
    placed[target] = [...(placed[target] ?? []), ...new Set(wording)];
  }
  return placed;
}
