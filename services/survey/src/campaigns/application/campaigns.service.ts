import { Injectable } from '@nestjs/common';
import { auditEntry } from '@libs/audit';
import { assertCanWrite, Principal, readableTenantFilter } from '@libs/auth';
import { Clock } from '@libs/clock';
import { currentCorrelation } from '@libs/observability';
import { CommuneDirectory } from '@libs/reference-data';
import { randomUUID } from 'node:crypto';
import { SurveyEnvironment } from '../../config/survey.environment';
import { IndexRowRepository } from '../../indexes/infrastructure/index-row.repository';
import { figuresOf, IndexFigures } from '../../indexes/domain/satisfaction-index';
import { InvitationIssuer } from '../../invitations/application/invitation-issuer.service';
import {
  InvitationSlip,
  InvitationSlipsService,
} from '../../invitations/application/invitation-slips.service';
import { InvitationRepository } from '../../invitations/infrastructure/invitation.repository';
import { ReturnedDossierRepository } from '../../invitations/infrastructure/returned-dossier.repository';
import { QuestionnaireService } from '../../questionnaires/application/questionnaire.service';
import { normalizeText } from '../../questionnaires/domain/questionnaire-rules';
import { Campaign, CampaignRequest, checkCampaignRequest } from '../domain/campaign';
import { CampaignComparison, compareCampaigns } from '../domain/campaign-comparison';
import { CampaignErrors } from '../domain/campaign.errors';
import { drawSample, sampleSize } from '../domain/sampling';
import { CampaignRepository } from '../infrastructure/campaign.repository';

/** Invitations are written a few at a time: fast enough, gentle on the store. */
const ISSUE_CONCURRENCY = 8;

export interface CampaignResults {
  campaign: Campaign;
  figures: IndexFigures;
}

@Injectable()
export class CampaignsService {
  constructor(
    private readonly campaigns: CampaignRepository,
    private readonly returned: ReturnedDossierRepository,
    private readonly invitations: InvitationRepository,
    private readonly issuer: InvitationIssuer,
    private readonly slips: InvitationSlipsService,
    private readonly questionnaires: QuestionnaireService,
    private readonly indexRows: IndexRowRepository,
    private readonly communes: CommuneDirectory,
    private readonly environment: SurveyEnvironment,
    private readonly clock: Clock,
  ) {}

  /**
   * Draws the sample from the commune's returned dossiers of the period and invites each
   * sampled dossier's applicant. The frame and the seed make the draw reproducible.
   */
  async create(request: CampaignRequest, principal: Principal): Promise<Campaign> {
    const commune = this.communes.find(request.communeCode);
    if (!commune) {
      throw CampaignErrors.invalid([
        { field: 'communeCode', message: `Không có xã, phường mã ${request.communeCode}.` },
      ]);
    }
    assertCanWrite(principal, { communeCode: commune.code, provinceCode: commune.provinceCode });
    const marginOfError = request.marginOfError ?? this.environment.SURVEY_CAMPAIGN_MARGIN_OF_ERROR;
    checkCampaignRequest(request, marginOfError, this.clock.now());
    const title = normalizeText(request.title);
    if (!title) {
      throw CampaignErrors.invalid([{ field: 'title', message: 'Không được để trống.' }]);
    }
    const frame = await this.returned.frameIds(commune.code, request.periodFrom, request.periodTo);
    if (frame.length === 0) {
      throw CampaignErrors.emptyFrame(commune.code, request.periodFrom, request.periodTo);
    }
    const seed = request.seed ?? randomUUID();
    const size = sampleSize(frame.length, marginOfError);
    const questionnaire = await this.questionnaires.current(commune);
    const now = this.clock.now();
    const campaign: Campaign = {
      id: randomUUID(),
      communeCode: commune.code,
      provinceCode: commune.provinceCode,
      title,
      kind: request.kind,
      organiser: normalizeText(
        request.organiser ?? `Ủy ban Mặt trận Tổ quốc Việt Nam ${commune.name}`,
      ),
      periodFrom: request.periodFrom,
      periodTo: request.periodTo,
      marginOfError,
      seed,
      population: frame.length,
      sampleSize: size,
      sampledDossierIds: drawSample(frame, size, seed),
      questionnaireId: questionnaire.id,
      questionnaireVersion: questionnaire.version,
      status: 'sampling',
      invitationsIssued: 0,
      createdAt: now,
      createdBy: principal.subject,
    };
    await this.campaigns.insert(
      campaign,
      auditEntry(
        principal,
        'survey.campaign.created',
        [
          { field: 'population', to: JSON.stringify(campaign.population) },
          { field: 'sampleSize', to: JSON.stringify(campaign.sampleSize) },
          { field: 'seed', to: JSON.stringify(seed) },
        ],
        now,
        currentCorrelation()?.correlationId,
      ),
    );
    return this.issueInvitations(campaign, principal);
  }

  /** Issues the sample's invitations; resumable, since each is unique per dossier and campaign. */
  async issueInvitations(campaign: Campaign, principal: Principal): Promise<Campaign> {
    assertCanWrite(principal, campaign);
    const questionnaire = await this.questionnaires.pinned(campaign.questionnaireId);
    const dossiers = await this.returned.findMany(campaign.sampledDossierIds);
    for (let start = 0; start < dossiers.length; start += ISSUE_CONCURRENCY) {
      await Promise.all(
        dossiers.slice(start, start + ISSUE_CONCURRENCY).map((dossier) =>
          this.issuer.issue(dossier, {
            campaignId: campaign.id,
            questionnaire,
            actor: principal,
            correlationId: currentCorrelation()?.correlationId,
          }),
        ),
      );
    }
    const issued = await this.invitations.countForCampaign(campaign.id);
    const now = this.clock.now();
    await this.campaigns.markOpen(
      campaign.id,
      issued,
      auditEntry(
        principal,
        'survey.campaign.opened',
        [{ field: 'status', from: JSON.stringify('sampling'), to: JSON.stringify('open') }],
        now,
        currentCorrelation()?.correlationId,
      ),
    );
    return { ...campaign, status: 'open', invitationsIssued: issued };
  }

  async resume(id: string, principal: Principal): Promise<Campaign> {
    return this.issueInvitations(await this.get(id, principal), principal);
  }

  async get(id: string, principal: Principal): Promise<Campaign> {
    const campaign = await this.campaigns.findReadable(id, readableTenantFilter(principal));
    if (!campaign) {
      throw CampaignErrors.notFound(id);
    }
    return campaign;
  }

  async list(communeCode: string, principal: Principal): Promise<Campaign[]> {
    return this.campaigns.list(communeCode, readableTenantFilter(principal));
  }

  async results(id: string, principal: Principal): Promise<CampaignResults> {
    const campaign = await this.get(id, principal);
    const row = await this.indexRows.forCampaign(campaign.id);
    const counts = row?.counts ?? {
      invitations: 0,
      returnedLate: 0,
      answers: 0,
      satisfied: 0,
      dissatisfied: 0,
      overall: {},
      sipas: {},
      conduct: {},
    };
    // The campaign's invitations are the sample it issued; its row counts the answers.
    return { campaign, figures: figuresOf({ ...counts, invitations: campaign.invitationsIssued }) };
  }

  async compare(
    beforeId: string,
    afterId: string,
    principal: Principal,
  ): Promise<{ before: CampaignResults; after: CampaignResults; comparison: CampaignComparison }> {
    const before = await this.results(beforeId, principal);
    const after = await this.results(afterId, principal);
    return { before, after, comparison: compareCampaigns(before.figures, after.figures) };
  }

  /**
   * The codes and links of the campaign's invitations not handed out yet, for the
   * organiser to print and distribute; each is handed out only once.
   */
  async handOutSlips(id: string, principal: Principal): Promise<InvitationSlip[]> {
    const campaign = await this.get(id, principal);
    assertCanWrite(principal, campaign);
    const slips: InvitationSlip[] = [];
    for (const invitation of await this.invitations.listForCampaign(campaign.id)) {
      if (invitation.status !== 'open' || invitation.revealedAt) {
        continue;
      }
      const credentials = await this.slips.takeReveal(invitation, principal);
      if (credentials) {
        slips.push(this.slips.slip(invitation, credentials));
      }
    }
    return slips;
  }
}
