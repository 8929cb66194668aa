import { Injectable } from '@nestjs/common';

import { Dossier } from '../../dossiers/domain/dossier';
import { DossierErrors } from '../../dossiers/domain/dossier.errors';
import { DossierStore } from '../../dossiers/domain/dossier.store';
import { verifyAgainstNothing, verifyLookupSecret } from '../../dossiers/domain/dossier-secret';

/**
 * Citizens look up their own dossier by its code and the secret on their slip. A wrong
 * secret answers exactly like an unknown code, so a guessed code reveals nothing; reading
 * changes nothing.
 */
@Injectable()
export class DossierLookupService {
  constructor(private readonly repository: DossierStore) {}

  async lookup(code: string, secret: string): Promise<Dossier> {
    const stored = await this.repository.findByCode(code);
    const matches = stored
      ? await verifyLookupSecret(secret, stored.secret)
      : await verifyAgainstNothing(secret);
    if (!stored || !matches) {
      throw DossierErrors.notFound(code);
    }
    return stored.dossier;
  }
}
