import {
  BirthRegisteredV1,
  DeadlineRescheduledV1,
  DeathRegisteredV1,
  FeedbackCaseOpenedV1,
  FeedbackChannel,
  FeedbackKind,
  LetterKind,
  MarriageRegisteredV1,
} from '@libs/contracts';
import { longDateOf, longDateWithoutDay } from './compose-letter';
import {
  birthSubjectKey,
  deathSubjectKey,
  dossierSubjectKey,
  feedbackCaseSubjectKey,
  LetterRecipient,
  marriageSubjectKey,
} from './letter';

/** What a triggering fact asks for: one letter of a kind, to someone, with its values. */
export interface LetterRequest {
  kind: LetterKind;
  subjectKey: string;
  communeCode: string;
  recipient: LetterRecipient;
  /** The kind's placeholder values except communeName, which comes from the directory. */
  values: Record<string, string>;
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
  applicant: { fullName: string; addressLine?: string; email?: string; phone?: string };
}

/** "Ông Nguyễn Văn An và Bà Trần Thị Bình", or the one parent named. */
export function parentsSalutationName(event: Pick<BirthRegisteredV1, 'father' | 'mother'>): string {
  const names = [
    event.father ? `Ông ${event.father.fullName}` : undefined,
    event.mother ? `Bà ${event.mother.fullName}` : undefined,
  ].filter((name): name is string => name !== undefined);
  return names.join(' và ');
}

export function birthLetterRequest(event: BirthRegisteredV1): LetterRequest {
  const parentNames = parentsSalutationName(event);
  return {
    kind: 'birth-congratulation',
    subjectKey: birthSubjectKey(event.registrationId),
    communeCode: event.communeCode,
    recipient: { name: parentNames, addressLine: event.address.line },
    values: {
      recipientName: parentNames,
      parentNames,
      parentsTitle: event.father && event.mother ? 'Ông Bà' : event.father ? 'Ông' : 'Bà',
      childRelation: event.child.sex === 'male' ? 'cháu trai' : 'cháu gái',
      childName: event.child.fullName,
      birthDate: longDateWithoutDay(event.child.dateOfBirth),
    },
  };
}

export function marriageLetterRequest(event: MarriageRegisteredV1): LetterRequest {
  const spouseNames = `Anh ${event.husband.fullName} và Chị ${event.wife.fullName}`;
  return {
    kind: 'marriage-congratulation',
    subjectKey: marriageSubjectKey(event.registrationId),
    communeCode: event.communeCode,
    recipient: { name: spouseNames, addressLine: event.address.line },
    values: {
      recipientName: spouseNames,
      spouseNames,
      marriageDate: longDateOf(new Date(event.registeredAt)),
    },
  };
}

export function deathLetterRequest(event: DeathRegisteredV1): LetterRequest {
  // The declarant's sex is not known, so the respectful "Ông/Bà" form is used.
  const familyName = `Ông/Bà ${event.family.fullName}`;
  const recipientName = `Gia đình ${familyName}`;
  return {
    kind: 'death-condolence',
    subjectKey: deathSubjectKey(event.registrationId),
    communeCode: event.communeCode,
    recipient: { name: recipientName, addressLine: event.address.line },
    values: {
      recipientName,
      familyName,
      deceasedName: event.deceased.fullName,
      deathDate: longDateWithoutDay(event.deceased.dateOfDeath),
    },
  };
}

/** Mẫu 04: the reason for the delay and the one new appointment, to the dossier's applicant. */
export function apologyLetterRequest(
  event: DeadlineRescheduledV1,
  dossier: DossierFacts,
): LetterRequest {
  const applicantName = `Ông/Bà ${dossier.applicant.fullName}`;
  return {
    kind: 'apology',
    subjectKey: dossierSubjectKey(dossier.dossierId),
    communeCode: dossier.communeCode,
    recipient: {
      name: applicantName,
      ...(dossier.applicant.addressLine ? { addressLine: dossier.applicant.addressLine } : {}),
      ...(dossier.applicant.email ? { email: dossier.applicant.email } : {}),
      ...(dossier.applicant.phone ? { phone: dossier.applicant.phone } : {}),
    },
    values: {
      recipientName: applicantName,
      applicantName,
      receivedDate: longDateOf(dossier.receivedAt),
      procedureName: dossier.procedureName,
      caseCode: dossier.dossierCode,
      originalDueDate: longDateOf(new Date(event.previousDueAt)),
      // The template ends the sentence itself.
      delayReason: event.reason.trim().replace(/[.\s]+$/u, ''),
      newDueDate: longDateOf(new Date(event.dueAt)),
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
