import { Injectable, Logger } from '@nestjs/common';

import { DossierResultReturnedV1, EventEnvelope } from '@libs/contracts';
import { NonRetriableEventError } from '@libs/messaging';
import { CommuneDirectory } from '@libs/reference-data';

import { QuestionnaireService } from '../../questionnaires/application/questionnaire.service';
import { periodOf } from '../domain/invitation';
import { ReturnedDossier } from '../domain/returned-dossier';
import { ReturnedDossierStore } from '../domain/returned-dossier.store';
import { InvitationIssuer } from './invitation-issuer.service';

/** A returned result registers the dossier (campaign frame) and invites its applicant. */
@Injectable()
export class ReturnedDossiersService {
  private readonly logger = new Logger(ReturnedDossiersService.name);

  constructor(
    private readonly returned: ReturnedDossierStore,
    private readonly issuer: InvitationIssuer,
    private readonly questionnaires: QuestionnaireService,
    private readonly communes: CommuneDirectory,
  ) {}

  async onResultReturned(
    envelope: EventEnvelope<DossierResultReturnedV1>,
  ): Promise<'created' | 'duplicate'> {
    const event = envelope.data;
    const commune = this.communes.find(event.communeCode);
    if (!commune || commune.provinceCode !== event.provinceCode) {
      throw new NonRetriableEventError(
        'COMMUNE.UNKNOWN',
        `No 2025 commune ${event.communeCode} in province ${event.provinceCode}`,
      );
    }
    const returnedAt = new Date(event.returnedAt);
    const dossier: ReturnedDossier = {
      dossierId: event.dossierId,
      dossierCode: event.dossierCode,
      communeCode: commune.code,
      provinceCode: commune.provinceCode,
      procedureKey: event.procedureKey,
      procedureName: event.procedureName ?? null,
      officerId: event.officerId ?? null,
      returnedAt,
      onTime: event.onTime,
      period: periodOf(returnedAt),
    };
    await this.returned.registerOnce(dossier, envelope.id);
    const { created } = await this.issuer.issue(dossier, {
      campaignId: null,
      questionnaire: await this.questionnaires.current(commune),
      actor: { subject: `event:${envelope.type}:${envelope.id}`, roles: ['system'] },
      correlationId: envelope.correlationid,
    });
    if (!created) {
      this.logger.log(`Dossier ${event.dossierId} already has its survey invitation`);
    }
    return created ? 'created' : 'duplicate';
  }
}
