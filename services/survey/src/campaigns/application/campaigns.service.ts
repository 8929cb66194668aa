import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';

import { auditEntry } from '@libs/audit';
import { assertCanWrite, Principal, tenantScopeOf } from '@libs/auth';
import { Clock } from '@libs/clock';
import { currentCorrelation } from '@libs/observability';
import { CommuneDirectory } from '@libs/reference-data';

import { SurveyEnvironment } from '../../config/survey.environment';
import { IndexRowStore } from '../../indexes/domain/index-row.store';
import { figuresOf, IndexFigures } from '../../indexes/domain/satisfaction-index';
import { InvitationIssuer } from '../../invitations/application/invitation-issuer.service';
import {
  InvitationSlip,
  InvitationSlipsService,
} from '../../invitations/application/invitation-slips.service';
import { periodOf } from '../../invitations/domain/invitation';
import { InvitationStore } from '../../invitations/domain/invitation.store';
import { ReturnedDossier } from '../../invitations/domain/returned-dossier';
import { ReturnedDossierStore } from '../../invitations/domain/returned-dossier.store';
import { QuestionnaireService } from '../../questionnaires/application/questionnaire.service';
import { normalizeText } from '../../questionnaires/domain/questionnaire-rules';
import {
  Campaign,
  CampaignRequest,
  checkCampaignRequest,
  MAX_RESIDENT_SAMPLE,
  residentSampleIds,
} from '../domain/campaign';
import { CampaignErrors } from '../domain/campaign.errors';
import { CampaignStore } from '../domain/campaign.store';
import { CampaignComparison, compareCampaigns } from '../domain/campaign-comparison';
import { drawSample, sampleSize } from '../domain/sampling';

/** Invitations are written a few at a time: fast enough, gentle on the store. */
const ISSUE_CONCURRENCY = 8;

export interface CampaignResults {
  campaign: Campaign;
  figures: IndexFigures;
}

@Injectable()
export class CampaignsService {
  constructor(
    private readonly campaigns: CampaignStore,
    private readonly returned: ReturnedDossierStore,
    private readonly invitations: InvitationStore,
    private readonly issuer: InvitationIssuer,
    private readonly slips: InvitationSlipsService,
    private readonly questionnaires: QuestionnaireService,
    private readonly indexRows: IndexRowStore,
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
    const residents = request.frame === 'residents';
    const id = randomUUID();
    const seed = request.seed ?? randomUUID();
    let population: number;
    let size: number;
    let sampled: string[];
    if (residents) {
      // Households at large: the organiser draws them on the ground and hands out the forms.
      population = request.residentPopulation ?? 0;
      size = sampleSize(population, marginOfError);
      if (size > MAX_RESIDENT_SAMPLE) {
        throw CampaignErrors.invalid([
          {
            field: 'marginOfError',
            message: `Mẫu ${size} phiếu vượt quá ${MAX_RESIDENT_SAMPLE} phiếu một đợt; hãy chọn sai số lớn hơn.`,
          },
        ]);
      }
      sampled = residentSampleIds(id, size);
    } else {
      const frame = await this.returned.frameIds(
        commune.code,
        request.periodFrom,
        request.periodTo,
      );
      if (frame.length === 0) {
        throw CampaignErrors.emptyFrame(commune.code, request.periodFrom, request.periodTo);
      }
      population = frame.length;
      size = sampleSize(frame.length, marginOfError);
      sampled = drawSample(frame, size, seed);
    }
    const questionnaire = await this.questionnaires.current(commune);
    const now = this.clock.now();
    const campaign: Campaign = {
      id,
      communeCode: commune.code,
      provinceCode: commune.provinceCode,
      title,
      kind: request.kind,
      frame: residents ? 'residents' : 'returned-dossiers',
      organiser: normalizeText(
        request.organiser ?? `Ủy ban Mặt trận Tổ quốc Việt Nam ${commune.name}`,
      ),
      periodFrom: request.periodFrom,
      periodTo: request.periodTo,
      marginOfError,
      seed,
      population,
      sampleSize: size,
      sampledDossierIds: sampled,
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
    const dossiers =
      campaign.frame === 'residents'
        ? residentFrame(campaign)
        : await this.returned.findMany(campaign.sampledDossierIds);
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
    const campaign = await this.campaigns.findById(id, tenantScopeOf(principal));
    if (!campaign) {
      throw CampaignErrors.notFound(id);
    }
    return campaign;
  }

  async list(communeCode: string, principal: Principal): Promise<Campaign[]> {
    return this.campaigns.list(communeCode, tenantScopeOf(principal));
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

/**
 * The residents' poll as the issuer sees it: one placeholder per form, on no procedure and
 * no officer, dated when the campaign was created (its counting period).
 */
function residentFrame(campaign: Campaign): ReturnedDossier[] {
  return campaign.sampledDossierIds.map((dossierId, index) => ({
    dossierId,
    dossierCode: `KS-${campaign.communeCode}-${String(index + 1).padStart(4, '0')}`,
    communeCode: campaign.communeCode,
    provinceCode: campaign.provinceCode,
    procedureKey: 'resident-poll',
    procedureName: 'Khảo sát người dân trên địa bàn',
    officerId: null,
    returnedAt: campaign.createdAt,
    onTime: true,
    period: periodOf(campaign.createdAt),
  }));
}
