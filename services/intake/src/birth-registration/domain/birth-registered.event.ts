import { BirthRegisteredV1 } from '@libs/contracts';

import { BirthRegistration } from './birth-registration';

/** The public fact of a registered birth; the dossier flow publishes the same event. */
export function toBirthRegisteredEvent(registration: BirthRegistration): BirthRegisteredV1 {
  return Object.assign(new BirthRegisteredV1(), {
    registrationId: registration.id,
    communeCode: registration.commune.code,
    provinceCode: registration.commune.provinceCode,
    registeredAt: registration.registeredAt.toISOString(),
    child: registration.child,
    ...(registration.father ? { father: registration.father } : {}),
    ...(registration.mother ? { mother: registration.mother } : {}),
    address: registration.address,
  });
}
