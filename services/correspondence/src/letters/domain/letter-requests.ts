import { vietnamCalendarDate, vietnameseDateTime } from '@libs/clock';
import {
  AddressedPersonV1,
  BirthRegisteredV1,
  DeadlineOverdueV1,
  DeadlineRescheduledV1,
  DeathRegisteredV1,
  FeedbackCaseOpenedV1,
  FeedbackChannel,
  FeedbackKind,
  LetterKind,
  MarriageRegisteredV1,
  Sex,
  SurveyReminderDueV1,
} from '@libs/contracts';

import { longDateOf, longDateWithoutDay } from './compose-letter';
import { deceasedNaming, honorific, jointTitle, PersonFacts, UnknownAgeDefault } from './honorific';
import {
  birthSubjectKey,
  deathSubjectKey,
  dossierSubjectKey,
  feedbackCaseSubjectKey,
  LetterRecipient,
  marriageSubjectKey,
  surveyReminderSubjectKey,
} from './letter';
import { Occasion } from './occasion-window';

/** What a triggering fact asks for: one letter of a kind, to someone, with its values. */
export interface LetterRequest {
  kind: LetterKind;
  subjectKey: string;
  communeCode: string;
  recipient: LetterRecipient;
  /** The kind's placeholder values except communeName and oneStopCentre (from settings). */
  values: Record<string, string>;
  /** The dated event a congratulation or condolence answers; it must be recent. */
  occasion?: Occasion;
  /** Sent by e-mail or SMS or not at all: never worth a printed letter. */
  electronicOnly?: boolean;
}

/** A received dossier, as far as letters need it (read model fed by dossier.received). */
export interface DossierFacts {
  dossierId: string;
  dossierCode: string;
  communeCode: string;
  provinceCode: string;
  procedureName: string;
  receivedAt: Date;
  dueAt: Date;
  applicant: {
    fullName: string;
    addressLine?: string;
    email?: string;
    phone?: string;
    sex?: Sex;
    dateOfBirth?: string;
  };
}

function facts(person: Pick<AddressedPersonV1, 'sex' | 'dateOfBirth'>): PersonFacts {
  return {
    ...(person.sex ? { sex: person.sex } : {}),
    ...(person.dateOfBirth ? { dateOfBirth: person.dateOfBirth } : {}),
  };
}

/** "Chị Phạm Thị Hằng": the person with the honorific their sex and age call for. */
function addressed(
  person: { fullName: string } & PersonFacts,
  on: string,
  unknownAge: UnknownAgeDefault = 'elder',
): { title: ReturnType<typeof honorific>; name: string } {
  const title = honorific(person, on, unknownAge);
  return { title, name: `${title} ${person.fullName}` };
}

/** "cấp giấy…": a procedure named inside a sentence starts in lower case (Phụ lục II §I). */
function inSentence(procedureName: string): string {
  return procedureName.charAt(0).toLocaleLowerCase('vi') + procedureName.slice(1);
}

/** "Anh Nguyễn Văn An và Chị Trần Thị Bình", or the one parent named, with their titles. */
export function parentsSalutation(
  event: Pick<BirthRegisteredV1, 'father' | 'mother' | 'registeredAt'>,
): {
  names: string;
  title: string;
} {
  const on = vietnamCalendarDate(new Date(event.registeredAt));
  const parents = [
    event.father
      ? addressed({ ...event.father, ...facts(event.father), sex: 'male' }, on)
      : undefined,
    event.mother
      ? addressed({ ...event.mother, ...facts(event.mother), sex: 'female' }, on)
      : undefined,
  ].filter((parent): parent is NonNullable<typeof parent> => parent !== undefined);
  return {
    names: parents.map((parent) => parent.name).join(' và '),
    title: jointTitle(parents.map((parent) => parent.title)),
  };
}

export function birthLetterRequest(event: BirthRegisteredV1): LetterRequest {
  const parents = parentsSalutation(event);
  return {
    kind: 'birth-congratulation',
    subjectKey: birthSubjectKey(event.registrationId),
    communeCode: event.communeCode,
    recipient: { name: parents.names, addressLine: event.address.line },
    values: {
      recipientName: parents.names,
      parentNames: parents.names,
      parentsTitle: parents.title,
      childRelation: event.child.sex === 'male' ? 'cháu trai' : 'cháu gái',
      childName: event.child.fullName,
      birthDate: longDateWithoutDay(event.child.dateOfBirth),
    },
    occasion: {
      eventDate: event.child.dateOfBirth,
      registeredOn: vietnamCalendarDate(new Date(event.registeredAt)),
    },
  };
}

export function marriageLetterRequest(event: MarriageRegisteredV1): LetterRequest {
  const on = vietnamCalendarDate(new Date(event.registeredAt));
  // Couples are addressed as "Anh", "Chị" unless their recorded ages say otherwise.
  const husband = addressed(
    { ...event.husband, ...facts(event.husband), sex: 'male' },
    on,
    'young',
  );
  const wife = addressed({ ...event.wife, ...facts(event.wife), sex: 'female' }, on, 'young');
  const spouseNames = `${husband.name} và ${wife.name}`;
  return {
    kind: 'marriage-congratulation',
    subjectKey: marriageSubjectKey(event.registrationId),
    communeCode: event.communeCode,
    recipient: { name: spouseNames, addressLine: event.address.line },
    values: {
      recipientName: spouseNames,
      spouseNames,
      coupleTitle: jointTitle([husband.title, wife.title]),
      marriageDate: longDateOf(new Date(event.registeredAt)),
    },
  };
}

export function deathLetterRequest(event: DeathRegisteredV1): LetterRequest {
  const registeredOn = vietnamCalendarDate(new Date(event.registeredAt));
  const family = addressed({ ...event.family, ...facts(event.family) }, registeredOn);
  const deceased = deceasedNaming({
    ...facts(event.deceased),
    dateOfDeath: event.deceased.dateOfDeath,
  });
  const recipientName = `Gia đình ${family.name}`;
  return {
    kind: 'death-condolence',
    subjectKey: deathSubjectKey(event.registrationId),
    communeCode: event.communeCode,
    recipient: { name: recipientName, addressLine: event.address.line },
    values: {
      recipientName,
      familyName: family.name,
      deceasedTitle: deceased.title,
      deceasedName: event.deceased.fullName,
      ageClause: deceased.ageClause,
      deathDate: longDateWithoutDay(event.deceased.dateOfDeath),
    },
    occasion: { eventDate: event.deceased.dateOfDeath, registeredOn },
  };
}

function applicantRecipient(
  dossier: DossierFacts,
  on: Date,
): {
  recipient: LetterRecipient;
  title: string;
  name: string;
} {
  const applicant = addressed(dossier.applicant, vietnamCalendarDate(on));
  return {
    title: applicant.title,
    name: applicant.name,
    recipient: {
      name: applicant.name,
      ...(dossier.applicant.addressLine ? { addressLine: dossier.applicant.addressLine } : {}),
      ...(dossier.applicant.email ? { email: dossier.applicant.email } : {}),
      ...(dossier.applicant.phone ? { phone: dossier.applicant.phone } : {}),
    },
  };
}

/** What both apologies say of the dossier: its applicant, receipt, procedure, code and due date. */
function dossierApology(
  kind: 'apology' | 'overdue-apology',
  dossier: DossierFacts,
  at: Date,
  originalDueAt: Date,
): LetterRequest {
  const applicant = applicantRecipient(dossier, at);
  return {
    kind,
    subjectKey: dossierSubjectKey(dossier.dossierId),
    communeCode: dossier.communeCode,
    recipient: applicant.recipient,
    values: {
      recipientName: applicant.name,
      applicantName: applicant.name,
      applicantTitle: applicant.title,
      receivedDate: longDateOf(dossier.receivedAt),
      procedureName: inSentence(dossier.procedureName),
      caseCode: dossier.dossierCode,
      originalDueDate: longDateOf(originalDueAt),
    },
  };
}

/**
 * Mẫu 04 (Circular 03/2025/TT-VPCP): the reason for the expected delay and the one new
 * appointment, with its time, to the dossier's applicant.
 */
export function apologyLetterRequest(
  event: DeadlineRescheduledV1,
  dossier: DossierFacts,
): LetterRequest {
  const letter = dossierApology(
    'apology',
    dossier,
    new Date(event.rescheduledAt),
    new Date(event.previousDueAt),
  );
  return {
    ...letter,
    values: {
      ...letter.values,
      // The template ends the sentence itself.
      delayReason: event.reason.trim().replace(/[.\s]+$/u, ''),
      newDueDate: longDateOf(new Date(event.dueAt)),
      newAppointment: vietnameseDateTime(new Date(event.dueAt)),
    },
  };
}

/** The apology for a dossier that went overdue without a new appointment. */
export function overdueApologyLetterRequest(
  event: DeadlineOverdueV1,
  dossier: DossierFacts,
): LetterRequest {
  return dossierApology(
    'overdue-apology',
    dossier,
    new Date(event.detectedAt),
    new Date(event.dueAt),
  );
}

/**
 * The reminder of an unanswered survey to the dossier's applicant, only by e-mail or SMS: a
 * reminder is not worth a printed letter, so an applicant who left neither gets none.
 */
export function surveyReminderLetterRequest(
  event: SurveyReminderDueV1,
  dossier: DossierFacts,
  at: Date,
): LetterRequest | undefined {
  const applicant = applicantRecipient(dossier, at);
  const { email, phone } = applicant.recipient;
  if (!email && !phone) {
    return undefined;
  }
  return {
    kind: 'survey-reminder',
    electronicOnly: true,
    subjectKey: surveyReminderSubjectKey(event.invitationId, event.reminderNumber),
    communeCode: dossier.communeCode,
    recipient: {
      name: applicant.name,
      ...(email ? { email } : {}),
      ...(phone ? { phone } : {}),
    },
    values: {
      recipientName: applicant.name,
      applicantName: applicant.name,
      applicantTitle: applicant.title,
      procedureName: inSentence(dossier.procedureName),
      caseCode: dossier.dossierCode,
      answerBy: longDateOf(new Date(event.expiresAt)),
    },
  };
}

const CONTRIBUTION: Readonly<Record<FeedbackKind, string>> = {
  suggestion: 'gửi ý kiến góp ý xây dựng chính quyền địa phương',
  petition: 'gửi phản ánh tới chính quyền địa phương',
  recommendation: 'gửi kiến nghị tới chính quyền địa phương',
  dissatisfaction:
    'dành thời gian đánh giá và cho biết điều chưa hài lòng về việc giải quyết hồ sơ',
  'reception-issue': 'trao đổi, nêu ý kiến với chính quyền địa phương',
};

const BY_CHANNEL: Readonly<Record<FeedbackChannel, string>> = {
  'suggestion-box': ' qua hòm thư góp ý',
  online: ' qua mạng',
  reception: ' tại buổi tiếp công dân',
  dialogue: ' tại buổi đối thoại với nhân dân',
  survey: ' qua phiếu khảo sát',
};

/** A thank-you only when the citizen left a name to thank; anonymous feedback gets none. */
export function thankYouLetterRequest(event: FeedbackCaseOpenedV1): LetterRequest | undefined {
  const contact = event.contact;
  if (!contact) {
    return undefined;
  }
  const recipientName = `Ông/Bà ${contact.fullName}`;
  return {
    kind: 'thank-you',
    subjectKey: feedbackCaseSubjectKey(event.caseId),
    communeCode: event.communeCode,
    recipient: {
      name: recipientName,
      ...(contact.addressLine ? { addressLine: contact.addressLine } : {}),
      ...(contact.email ? { email: contact.email } : {}),
      ...(contact.phone ? { phone: contact.phone } : {}),
    },
    values: {
      recipientName,
      contribution: `${CONTRIBUTION[event.kind]}${BY_CHANNEL[event.channel]}`,
      caseCode: event.caseCode,
    },
  };
}
