import { isRealCalendarDate, vietnamCalendarDate } from '@libs/clock';
import { DomainError } from '@libs/errors';
import { Commune } from '@libs/reference-data';

import {
  BirthRegistrationRequest,
  normalizeName,
  registerBirth,
} from '../../birth-registration/domain/birth-registration';
import { CivilStatusOutcome } from '../../procedures/domain/procedure';
import { CivilStatusDetails } from './dossier';
import { Problem } from './dossier.errors';
import { PersonFacts, personFacts } from './person-details';

export interface CivilStatusDetailsRequest {
  birth?: Omit<BirthRegistrationRequest, 'communeCode'>;
  marriage?: {
    husband: { fullName: string };
    wife: { fullName: string };
    address: { line: string; communeCode?: string };
  };
  death?: {
    deceased: { fullName: string; dateOfDeath: string } & PersonFacts;
    family: { fullName: string; relationship?: string } & PersonFacts;
    address: { line: string; communeCode?: string };
  };
}

const KINDS = ['birth', 'marriage', 'death'] as const;
const EARLIEST_DATE = '1900-01-01';

const KIND_NAMES: Record<(typeof KINDS)[number], string> = {
  birth: 'khai sinh',
  marriage: 'kết hôn',
  death: 'khai tử',
};

interface Context {
  commune: Commune;
  /** When the dossier was received: no event it records can be later than that. */
  receivedAt: Date;
  findCommune: (code: string) => Commune | undefined;
}

/**
 * The details the civil-status book records, checked and normalized as the desk officer
 * would: the one sub-object matching the procedure's outcome, no other.
 */
export function civilStatusDetails(
  outcome: CivilStatusOutcome,
  request: CivilStatusDetailsRequest,
  context: Context,
): { details?: CivilStatusDetails; problems: Problem[] } {
  const problems: Problem[] = KINDS.filter(
    (kind) => kind !== outcome && request[kind] !== undefined,
  ).map((kind) => ({
    field: kind,
    message: `Thủ tục này không ghi nhận việc ${KIND_NAMES[kind]}; bỏ mục ${kind}.`,
  }));
  if (outcome === 'none') {
    return { problems };
  }
  if (request[outcome] === undefined) {
    return {
      problems: [
        ...problems,
        { field: outcome, message: `Cần thông tin ${KIND_NAMES[outcome]} (mục ${outcome}).` },
      ],
    };
  }
  const checked =
    outcome === 'birth'
      ? birthDetails(request.birth!, context)
      : outcome === 'marriage'
        ? marriageDetails(request.marriage!, context)
        : deathDetails(request.death!, context);
  return { ...checked, problems: [...problems, ...checked.problems] };
}

function birthDetails(
  request: NonNullable<CivilStatusDetailsRequest['birth']>,
  context: Context,
): { details?: CivilStatusDetails; problems: Problem[] } {
  try {
    // The same rules as a birth registered directly at the desk.
    const registration = registerBirth(
      { ...request, communeCode: context.commune.code },
      { id: 'validation-only', now: context.receivedAt, findCommune: context.findCommune },
    );
    return {
      details: {
        kind: 'birth',
        child: registration.child,
        ...(registration.father ? { father: registration.father } : {}),
        ...(registration.mother ? { mother: registration.mother } : {}),
        address: registration.address,
      },
      problems: [],
    };
  } catch (error) {
    if (error instanceof DomainError && error.kind === 'invalid') {
      return {
        problems: error.fields.flatMap(({ field, messages }) =>
          messages.map((message) => ({ field: `birth.${field}`, message })),
        ),
      };
    }
    throw error;
  }
}

function address(
  prefix: string,
  request: { line: string; communeCode?: string },
  context: Context,
  problems: Problem[],
): { line: string; communeCode: string } {
  const communeCode = request.communeCode ?? context.commune.code;
  if (!context.findCommune(communeCode)) {
    problems.push({
      field: `${prefix}.address.communeCode`,
      message: `Không có xã, phường mã ${communeCode}.`,
    });
  }
  const line = normalizeName(request.line);
  if (!line) {
    problems.push({ field: `${prefix}.address.line`, message: 'Địa chỉ không được để trống.' });
  }
  return { line, communeCode };
}

function name(field: string, value: string, problems: Problem[]): string {
  const normalized = normalizeName(value);
  if (!normalized) {
    problems.push({ field, message: 'Họ tên không được để trống.' });
  }
  return normalized;
}

function marriageDetails(
  request: NonNullable<CivilStatusDetailsRequest['marriage']>,
  context: Context,
): { details?: CivilStatusDetails; problems: Problem[] } {
  const problems: Problem[] = [];
  const husband = name('marriage.husband.fullName', request.husband.fullName, problems);
  const wife = name('marriage.wife.fullName', request.wife.fullName, problems);
  const where = address('marriage', request.address, context, problems);
  return {
    ...(problems.length === 0
      ? {
          details: {
            kind: 'marriage',
            husband: { fullName: husband },
            wife: { fullName: wife },
            address: where,
          },
        }
      : {}),
    problems,
  };
}

function deathDetails(
  request: NonNullable<CivilStatusDetailsRequest['death']>,
  context: Context,
): { details?: CivilStatusDetails; problems: Problem[] } {
  const problems: Problem[] = [];
  const deceased = name('death.deceased.fullName', request.deceased.fullName, problems);
  const { dateOfDeath } = request.deceased;
  if (!isRealCalendarDate(dateOfDeath)) {
    problems.push({
      field: 'death.deceased.dateOfDeath',
      message: 'Ngày mất không phải là một ngày có thật.',
    });
  } else if (dateOfDeath > vietnamCalendarDate(context.receivedAt)) {
    problems.push({
      field: 'death.deceased.dateOfDeath',
      message: 'Ngày mất không được sau ngày nộp hồ sơ.',
    });
  } else if (dateOfDeath < EARLIEST_DATE) {
    problems.push({
      field: 'death.deceased.dateOfDeath',
      message: 'Ngày mất không được trước năm 1900.',
    });
  }
  const deceasedFacts = personFacts(
    'death.deceased',
    request.deceased,
    isRealCalendarDate(dateOfDeath)
      ? { date: dateOfDeath, label: 'ngày mất' }
      : { date: vietnamCalendarDate(context.receivedAt), label: 'ngày nộp hồ sơ' },
    problems,
  );
  const family = name('death.family.fullName', request.family.fullName, problems);
  const familyFacts = personFacts(
    'death.family',
    request.family,
    { date: vietnamCalendarDate(context.receivedAt), label: 'ngày nộp hồ sơ' },
    problems,
  );
  const relationship = request.family.relationship
    ? normalizeName(request.family.relationship)
    : undefined;
  const where = address('death', request.address, context, problems);
  return {
    ...(problems.length === 0
      ? {
          details: {
            kind: 'death',
            deceased: { fullName: deceased, dateOfDeath, ...deceasedFacts },
            family: {
              fullName: family,
              ...(relationship ? { relationship } : {}),
              ...familyFacts,
            },
            address: where,
          },
        }
      : {}),
    problems,
  };
}
