import type { MessageKey } from '../i18n/messages';
import type { Procedure } from './procedures';

/** What a procedure records in the civil-status book, hence which details the form asks for. */
export type CivilStatusOutcome = Procedure['civilStatusOutcome'];

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
  /** Marriage registration only (the couple, and where the congratulation letter goes). */
  husbandFullName: string;
  wifeFullName: string;
  marriageAddressLine: string;
  /** Death registration only (the deceased, the family who declared it, where the condolence goes). */
  deceasedFullName: string;
  deceasedDateOfDeath: string;
  deceasedSex: '' | 'male' | 'female';
  deceasedDateOfBirth: string;
  familyFullName: string;
  familyRelationship: string;
  familySex: '' | 'male' | 'female';
  familyDateOfBirth: string;
  deathAddressLine: string;
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
  husbandFullName: '',
  wifeFullName: '',
  marriageAddressLine: '',
  deceasedFullName: '',
  deceasedDateOfDeath: '',
  deceasedSex: '',
  deceasedDateOfBirth: '',
  familyFullName: '',
  familyRelationship: '',
  familySex: '',
  familyDateOfBirth: '',
  deathAddressLine: '',
};

/** One civil-status detail on the page: its control, and whether the register needs it. */
export interface DetailField {
  field: ReceiveField;
  control: 'text' | 'date' | 'sex';
  required: boolean;
  /** Where the letter goes, said once beside the address it uses. */
  hint?: MessageKey;
}

/** The details each civil-status outcome asks for, in their order on the page. */
export const DETAIL_SECTIONS: Record<
  Exclude<CivilStatusOutcome, 'none'>,
  { legend: MessageKey; fields: readonly DetailField[] }
> = {
  birth: {
    legend: 'receiveBirth',
    fields: [
      { field: 'childFullName', control: 'text', required: true },
      { field: 'childDateOfBirth', control: 'date', required: true },
      { field: 'childSex', control: 'sex', required: true },
      { field: 'motherFullName', control: 'text', required: false },
      { field: 'fatherFullName', control: 'text', required: false },
      { field: 'birthAddressLine', control: 'text', required: true },
    ],
  },
  marriage: {
    legend: 'receiveMarriage',
    fields: [
      { field: 'husbandFullName', control: 'text', required: true },
      { field: 'wifeFullName', control: 'text', required: true },
      {
        field: 'marriageAddressLine',
        control: 'text',
        required: true,
        hint: 'marriageAddressHint',
      },
    ],
  },
  death: {
    legend: 'receiveDeath',
    fields: [
      { field: 'deceasedFullName', control: 'text', required: true },
      { field: 'deceasedDateOfDeath', control: 'date', required: true },
      { field: 'deceasedSex', control: 'sex', required: false },
      { field: 'deceasedDateOfBirth', control: 'date', required: false },
      { field: 'familyFullName', control: 'text', required: true },
      { field: 'familyRelationship', control: 'text', required: false },
      { field: 'familySex', control: 'sex', required: false },
      { field: 'familyDateOfBirth', control: 'date', required: false },
      { field: 'deathAddressLine', control: 'text', required: true, hint: 'deathAddressHint' },
    ],
  },
};

type FormProblems = Partial<Record<ReceiveField, MessageKey>>;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The same rules as intake's ReceiveDossierRequestDto, checked before the trip. */
export function validateReceiveForm(
  values: ReceiveDossierValues,
  outcome: CivilStatusOutcome,
  today: string,
): FormProblems {
  const problems: FormProblems = {};
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
  if (outcome === 'birth') {
    Object.assign(problems, validateBirth(values, today));
  } else if (outcome === 'marriage') {
    Object.assign(problems, validateMarriage(values));
  } else if (outcome === 'death') {
    Object.assign(problems, validateDeath(values, today));
  }
  return problems;
}

function validateBirth(values: ReceiveDossierValues, today: string): FormProblems {
  const problems: FormProblems = {};
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

const isName = (value: string) => value.trim().length > 0 && value.trim().length <= 100;
const isAddress = (value: string) => value.trim().length > 0 && value.trim().length <= 200;

function validateMarriage(values: ReceiveDossierValues): FormProblems {
  const problems: FormProblems = {};
  if (!isName(values.husbandFullName)) {
    problems.husbandFullName = 'errHusbandFullName';
  }
  if (!isName(values.wifeFullName)) {
    problems.wifeFullName = 'errWifeFullName';
  }
  if (!isAddress(values.marriageAddressLine)) {
    problems.marriageAddressLine = 'errResidence';
  }
  return problems;
}

/** intake's rules for a death: no date after the receipt, no birth after the death. */
function validateDeath(values: ReceiveDossierValues, today: string): FormProblems {
  const problems: FormProblems = {};
  if (!isName(values.deceasedFullName)) {
    problems.deceasedFullName = 'errDeceasedFullName';
  }
  const died = values.deceasedDateOfDeath;
  if (!DAY.test(died)) {
    problems.deceasedDateOfDeath = 'errDateOfDeath';
  } else if (died > today) {
    problems.deceasedDateOfDeath = 'errDateOfDeathFuture';
  }
  const born = values.deceasedDateOfBirth;
  const knownDeath = !problems.deceasedDateOfDeath;
  if (born && !DAY.test(born)) {
    problems.deceasedDateOfBirth = 'errDateOfBirth';
  } else if (born > (knownDeath ? died : today)) {
    problems.deceasedDateOfBirth = knownDeath ? 'errDateOfBirthAfterDeath' : 'errDateOfBirthFuture';
  }
  if (!isName(values.familyFullName)) {
    problems.familyFullName = 'errFamilyFullName';
  }
  if (values.familyRelationship.trim().length > 50) {
    problems.familyRelationship = 'errRelationshipLong';
  }
  const familyBorn = values.familyDateOfBirth;
  if (familyBorn && !DAY.test(familyBorn)) {
    problems.familyDateOfBirth = 'errDateOfBirth';
  } else if (familyBorn > today) {
    problems.familyDateOfBirth = 'errDateOfBirthFuture';
  }
  if (!isAddress(values.deathAddressLine)) {
    problems.deathAddressLine = 'errResidence';
  }
  return problems;
}

/** The request intake expects (POST /v1/dossiers); empty optional fields are left out. */
export function receiveRequest(
  values: ReceiveDossierValues,
  communeCode: string,
  outcome: CivilStatusOutcome,
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
  const person = (name: string) => (optional(name) ? { fullName: optional(name) } : undefined);
  /** Sex and date of birth only when given: letters then choose "Ông", "Bà", "Anh", "Chị". */
  const facts = (sex: string, dateOfBirth: string) => ({
    ...(sex ? { sex } : {}),
    ...(dateOfBirth ? { dateOfBirth } : {}),
  });
  switch (outcome) {
    case 'none':
      return request;
    case 'birth':
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
    case 'marriage':
      return {
        ...request,
        marriage: {
          husband: { fullName: optional(values.husbandFullName) },
          wife: { fullName: optional(values.wifeFullName) },
          address: { line: optional(values.marriageAddressLine), communeCode },
        },
      };
    case 'death':
      return {
        ...request,
        death: {
          deceased: {
            fullName: optional(values.deceasedFullName),
            dateOfDeath: values.deceasedDateOfDeath,
            ...facts(values.deceasedSex, values.deceasedDateOfBirth),
          },
          family: {
            fullName: optional(values.familyFullName),
            ...(optional(values.familyRelationship)
              ? { relationship: optional(values.familyRelationship) }
              : {}),
            ...facts(values.familySex, values.familyDateOfBirth),
          },
          address: { line: optional(values.deathAddressLine), communeCode },
        },
      };
  }
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
  'marriage.husband.fullName': 'husbandFullName',
  'marriage.wife.fullName': 'wifeFullName',
  'marriage.address.line': 'marriageAddressLine',
  'death.deceased.fullName': 'deceasedFullName',
  'death.deceased.dateOfDeath': 'deceasedDateOfDeath',
  'death.deceased.sex': 'deceasedSex',
  'death.deceased.dateOfBirth': 'deceasedDateOfBirth',
  'death.family.fullName': 'familyFullName',
  'death.family.relationship': 'familyRelationship',
  'death.family.sex': 'familySex',
  'death.family.dateOfBirth': 'familyDateOfBirth',
  'death.address.line': 'deathAddressLine',
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
  husbandFullName: 'errHusbandFullName',
  wifeFullName: 'errWifeFullName',
  marriageAddressLine: 'errResidence',
  deceasedFullName: 'errDeceasedFullName',
  deceasedDateOfDeath: 'errDateOfDeath',
  familyFullName: 'errFamilyFullName',
  familyRelationship: 'errRelationshipLong',
  deathAddressLine: 'errResidence',
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
