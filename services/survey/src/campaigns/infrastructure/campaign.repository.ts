import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';

import { AuditEntry } from '@libs/audit';
import type { TenantScope } from '@libs/auth';
import { tenantFilter } from '@libs/persistence';

import { Campaign, CampaignFrame, CampaignKind, CampaignStatus } from '../domain/campaign';
import { CampaignStore } from '../domain/campaign.store';
import { CampaignRecord } from './campaign.schema';

@Injectable()
export class CampaignRepository implements CampaignStore {
  constructor(@InjectModel(CampaignRecord.name) private readonly model: Model<CampaignRecord>) {}

  async insert(campaign: Campaign, audit: AuditEntry): Promise<void> {
    await this.model.create({
      _id: campaign.id,
      communeCode: campaign.communeCode,
      provinceCode: campaign.provinceCode,
      title: campaign.title,
      kind: campaign.kind,
      frame: campaign.frame,
      organiser: campaign.organiser,
      periodFrom: campaign.periodFrom,
      periodTo: campaign.periodTo,
      marginOfError: campaign.marginOfError,
      seed: campaign.seed,
      population: campaign.population,
      sampleSize: campaign.sampleSize,
      sampledDossierIds: campaign.sampledDossierIds,
      questionnaireId: campaign.questionnaireId,
      questionnaireVersion: campaign.questionnaireVersion,
      status: campaign.status,
      invitationsIssued: campaign.invitationsIssued,
      createdAt: campaign.createdAt,
      createdBy: campaign.createdBy,
      audit: [audit],
    });
  }

  /** Opens the campaign once its invitations exist; a repeated call changes nothing. */
  async markOpen(id: string, invitationsIssued: number, audit: AuditEntry): Promise<void> {
    await this.model
      .updateOne(
        { _id: id, status: 'sampling' },
        { $set: { status: 'open', invitationsIssued }, $push: { audit } },
      )
      .exec();
  }

  async findById(id: string, scope: TenantScope): Promise<Campaign | null> {
    const record = await this.model
      .findOne({ $and: [{ _id: id }, tenantFilter(scope)] })
      .lean<CampaignRecord>()
      .exec();
    return record ? toCampaign(record) : null;
  }

  async list(communeCode: string, scope: TenantScope): Promise<Campaign[]> {
    const records = await this.model
      .find({ $and: [{ communeCode }, tenantFilter(scope)] })
      .sort({ createdAt: -1 })
      .lean<CampaignRecord[]>()
      .exec();
    return records.map(toCampaign);
  }
}

function toCampaign(record: CampaignRecord): Campaign {
  return {
    id: record._id,
    communeCode: record.communeCode,
    provinceCode: record.provinceCode,
    title: record.title,
    kind: record.kind as CampaignKind,
    frame: (record.frame ?? 'returned-dossiers') as CampaignFrame,
    organiser: record.organiser,
    periodFrom: record.periodFrom,
    periodTo: record.periodTo,
    marginOfError: record.marginOfError,
    seed: record.seed,
    population: record.population,
    sampleSize: record.sampleSize,
    sampledDossierIds: record.sampledDossierIds,
    questionnaireId: record.questionnaireId,
    questionnaireVersion: record.questionnaireVersion,
    status: record.status as CampaignStatus,
    invitationsIssued: record.invitationsIssued,
    createdAt: record.createdAt,
    createdBy: record.createdBy,
  };
}
