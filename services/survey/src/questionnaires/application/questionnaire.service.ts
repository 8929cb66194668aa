import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';

import { AuditActor, auditEntry } from '@libs/audit';
import { assertCanWrite, canRead, Principal, tenantScopeOf } from '@libs/auth';
import { Clock } from '@libs/clock';
import { currentCorrelation } from '@libs/observability';
import { Commune, CommuneDirectory } from '@libs/reference-data';

import { DEFAULT_QUESTIONNAIRE } from '../domain/default-questionnaire';
import { Questionnaire, QuestionnaireContent } from '../domain/questionnaire';
import { QuestionnaireErrors } from '../domain/questionnaire.errors';
import { QuestionnaireStore } from '../domain/questionnaire.store';
import { QuestionnaireDraft, validateQuestionnaire } from '../domain/questionnaire-rules';

const DEFAULT_PUBLISHER: AuditActor = {
  subject: 'system:default-questionnaire',
  roles: ['system'],
};

/** Each commune has its own line of questionnaire versions, starting from the default. */
@Injectable()
export class QuestionnaireService {
  constructor(
    private readonly repository: QuestionnaireStore,
    private readonly communes: CommuneDirectory,
    private readonly clock: Clock,
  ) {}

  /** The version new invitations of the commune use; version 1 is the default questionnaire. */
  async current(commune: Commune): Promise<Questionnaire> {
    const latest = await this.repository.latest(commune.code);
    if (latest) {
      return latest;
    }
    const created = await this.store(commune, 1, DEFAULT_QUESTIONNAIRE, DEFAULT_PUBLISHER);
    // Another replica may have stored version 1 first; either one is the same default.
    return created ?? ((await this.repository.latest(commune.code)) as Questionnaire);
  }

  /** The version an invitation was issued with. */
  async pinned(id: string): Promise<Questionnaire> {
    const questionnaire = await this.repository.findByIdAsSystem(id);
    if (!questionnaire) {
      throw new Error(`Questionnaire ${id} pinned by an invitation is missing`);
    }
    return questionnaire;
  }

  async publish(
    communeCode: string,
    draft: QuestionnaireDraft,
    principal: Principal,
  ): Promise<Questionnaire> {
    const commune = this.communes.find(communeCode);
    if (!commune) {
      throw QuestionnaireErrors.unknownCommune(communeCode);
    }
    assertCanWrite(principal, { communeCode, provinceCode: commune.provinceCode });
    const content = validateQuestionnaire(draft);
    const latest = await this.current(commune);
    const published = await this.store(commune, latest.version + 1, content, principal);
    if (!published) {
      throw QuestionnaireErrors.versionConflict();
    }
    return published;
  }

  async list(communeCode: string, principal: Principal): Promise<Questionnaire[]> {
    const commune = this.communes.find(communeCode);
    if (commune && canRead(principal, { communeCode, provinceCode: commune.provinceCode })) {
      // Make sure the default version is listed before anything was ever issued.
      await this.current(commune);
    }
    return this.repository.list(communeCode, tenantScopeOf(principal));
  }

  async get(id: string, principal: Principal): Promise<Questionnaire> {
    const questionnaire = await this.repository.findById(id, tenantScopeOf(principal));
    if (!questionnaire) {
      throw QuestionnaireErrors.notFound(id);
    }
    return questionnaire;
  }

  private async store(
    commune: Commune,
    version: number,
    content: QuestionnaireContent,
    actor: AuditActor,
  ): Promise<Questionnaire | null> {
    const now = this.clock.now();
    const questionnaire: Questionnaire = {
      ...content,
      id: randomUUID(),
      communeCode: commune.code,
      provinceCode: commune.provinceCode,
      version,
      publishedAt: now,
      publishedBy: actor.subject,
    };
    const audit = auditEntry(
      actor,
      'questionnaire.published',
      [
        { field: 'version', to: JSON.stringify(version) },
        { field: 'questions', to: JSON.stringify(content.questions.map((q) => q.key)) },
      ],
      now,
      currentCorrelation()?.correlationId,
    );
    return (await this.repository.insert(questionnaire, audit)) ? questionnaire : null;
  }
}
