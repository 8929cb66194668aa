import {
  BirthRegisteredV1,
  DeathRegisteredV1,
  DossierApplicantV1,
  DossierFeePaidV1,
  DossierReceivedV1,
  DossierRefV1,
  DossierResultReturnedV1,
  DossierStatusChangedV1,
  MarriageRegisteredV1,
} from '@libs/contracts';

import { toBirthRegisteredEvent } from '../../birth-registration/domain/birth-registered.event';
import { CivilStatusDetails, Dossier } from '../domain/dossier';

/** Contract payloads of the dossier stream and of the civil-status outcomes. */
function ref(dossier: Dossier): DossierRefV1 {
  return {
    dossierId: dossier.id,
    dossierCode: dossier.code,
    communeCode: dossier.commune.code,
    provinceCode: dossier.commune.provinceCode,
    procedureKey: dossier.procedure.key,
  };
}

export function dossierReceived(dossier: Dossier): DossierReceivedV1 {
  const { applicant } = dossier;
  // Letters and surveys need a name and a way to reach the citizen; the ID number stays here.
  const contact: DossierApplicantV1 = Object.assign(new DossierApplicantV1(), {
    fullName: applicant.fullName,
    ...(applicant.addressLine ? { addressLine: applicant.addressLine } : {}),
    ...(applicant.email ? { email: applicant.email } : {}),
    ...(applicant.phone ? { phone: applicant.phone } : {}),
    ...(applicant.sex ? { sex: applicant.sex } : {}),
    ...(applicant.dateOfBirth ? { dateOfBirth: applicant.dateOfBirth } : {}),
  });
  return Object.assign(new DossierReceivedV1(), {
    ...ref(dossier),
    procedureName: dossier.procedure.name,
    channel: dossier.channel,
    receivedAt: dossier.receivedAt.toISOString(),
    processingWorkingDays: dossier.procedure.processingWorkingDays,
    afternoonCutoff: dossier.procedure.cutoff !== undefined,
    dueAt: dossier.dueAt.toISOString(),
    officerId: dossier.receivedBy.subject,
    applicant: contact,
  });
}

export function dossierStatusChanged(
  before: Dossier,
  after: Dossier,
  officerId: string,
  dueMoved: boolean,
): DossierStatusChangedV1 {
  const note = after.notes.length > before.notes.length ? after.notes.at(-1) : undefined;
  return Object.assign(new DossierStatusChangedV1(), {
    ...ref(after),
    from: before.status,
    to: after.status,
    changedAt: after.lastChangedAt.toISOString(),
    officerId,
    ...(note ? { reason: note.reason } : {}),
    ...(dueMoved
      ? { dueAt: after.dueAt.toISOString(), appointmentChange: 'supplement' as const }
      : {}),
  });
}

/**
 * The "cần xác minh" decision, on the stream deadline already follows for moved appointments:
 * the status stays, the appointment moves to the legal maximum, the reason travels with it.
 */
export function dossierVerificationRequested(
  dossier: Dossier,
  officerId: string,
): DossierStatusChangedV1 {
  const { verification } = dossier;
  if (!verification) {
    throw new Error(`Dossier ${dossier.id} has no verification request`);
  }
  return Object.assign(new DossierStatusChangedV1(), {
    ...ref(dossier),
    from: dossier.status,
    to: dossier.status,
    changedAt: verification.requestedAt.toISOString(),
    officerId,
    reason: verification.reason,
    dueAt: verification.dueAt.toISOString(),
    appointmentChange: 'verification' as const,
  });
}

export function dossierResultReturned(
  dossier: Dossier,
  officerId: string,
): DossierResultReturnedV1 {
  if (!dossier.returnedAt || dossier.onTime === undefined) {
    throw new Error(`Dossier ${dossier.id} has no result returned`);
  }
  return Object.assign(new DossierResultReturnedV1(), {
    ...ref(dossier),
    procedureName: dossier.procedure.name,
    receivedAt: dossier.receivedAt.toISOString(),
    dueAt: dossier.dueAt.toISOString(),
    returnedAt: dossier.returnedAt.toISOString(),
    onTime: dossier.onTime,
    officerId,
  });
}

export function dossierFeePaid(dossier: Dossier, officerId: string): DossierFeePaidV1 {
  const { fee } = dossier;
  if (fee.status !== 'paid' || !fee.method || !fee.paidAt) {
    throw new Error(`Dossier ${dossier.id} has no payment`);
  }
  return Object.assign(new DossierFeePaidV1(), {
    ...ref(dossier),
    amountVnd: fee.amountVnd,
    method: fee.method,
    paidAt: fee.paidAt.toISOString(),
    officerId,
  });
}

export type CivilStatusEvent =
  | { kind: 'birth'; data: BirthRegisteredV1 }
  | { kind: 'marriage'; data: MarriageRegisteredV1 }
  | { kind: 'death'; data: DeathRegisteredV1 };

/**
 * What correspondence needs to address its letter, for a civil-status dossier the moment it
 * is processed (the entry is made in the register and the certificate signed).
 */
export function civilStatusRegistered(
  dossier: Dossier,
  details: CivilStatusDetails,
): CivilStatusEvent {
  const registrationId = dossier.civilStatusRegistrationId;
  const registeredAt = dossier.processedAt;
  if (!registrationId || !registeredAt) {
    throw new Error(`Dossier ${dossier.id} is not a processed civil-status dossier`);
  }
  const common = {
    registrationId,
    communeCode: dossier.commune.code,
    provinceCode: dossier.commune.provinceCode,
    registeredAt: registeredAt.toISOString(),
  };
  switch (details.kind) {
    case 'birth':
      return {
        kind: 'birth',
        data: toBirthRegisteredEvent({
          id: registrationId,
          commune: dossier.commune,
          registeredAt,
          child: details.child,
          ...(details.father ? { father: details.father } : {}),
          ...(details.mother ? { mother: details.mother } : {}),
          address: details.address,
        }),
      };
    case 'marriage':
      return {
        kind: 'marriage',
        data: Object.assign(new MarriageRegisteredV1(), {
          ...common,
          husband: details.husband,
          wife: details.wife,
          address: details.address,
        }),
      };
    case 'death':
      return {
        kind: 'death',
        data: Object.assign(new DeathRegisteredV1(), {
          ...common,
          deceased: details.deceased,
          family: details.family,
          address: details.address,
        }),
      };
  }
}
