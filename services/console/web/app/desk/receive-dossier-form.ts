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
};

/** The same rules as intake's ReceiveDossierRequestDto, checked before the trip. */
export function validateReceiveForm(
  values: ReceiveDossierValues,
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
  return problems;
}

/** The request intake expects (POST /v1/dossiers); empty optional fields are left out. */
export function receiveRequest(values: ReceiveDossierValues, communeCode: string): object {
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
  return { communeCode, procedureKey: values.procedureKey, channel: values.channel, applicant };
}

const FIELD_OF_PATH: Record<string, ReceiveField> = {
  procedureKey: 'procedureKey',
  channel: 'channel',
  'applicant.fullName': 'fullName',
  'applicant.identityNumber': 'identityNumber',
  'applicant.phone': 'phone',
  'applicant.email': 'email',
  'applicant.addressLine': 'addressLine',
};

const MESSAGE_OF_FIELD: Partial<Record<ReceiveField, MessageKey>> = {
  fullName: 'errFullName',
  identityNumber: 'errIdentityNumber',
  phone: 'errPhone',
  email: 'errEmail',
  addressLine: 'errAddressLong',
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
