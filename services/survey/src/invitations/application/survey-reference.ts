import { SurveyRefV1 } from '@libs/contracts';

import { Invitation } from '../domain/invitation';

/** The invitation as every survey event names it: where, which procedure, which officer. */
export function surveyReference(invitation: Invitation): SurveyRefV1 {
  return {
    invitationId: invitation.id,
    communeCode: invitation.communeCode,
    provinceCode: invitation.provinceCode,
    // The survey contracts cap procedure keys at 60 characters; dossier events do not.
    ...(invitation.procedureKey.length <= 60 ? { procedureKey: invitation.procedureKey } : {}),
    ...(invitation.procedureName ? { procedureName: invitation.procedureName } : {}),
    ...(invitation.officerId ? { officerId: invitation.officerId } : {}),
    ...(invitation.campaignId ? { campaignId: invitation.campaignId } : {}),
  };
}
