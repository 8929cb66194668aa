import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';

import { IndexesModule } from '../indexes/indexes.module';
import { InvitationsModule } from '../invitations/invitations.module';
import { QuestionnairesModule } from '../questionnaires/questionnaires.module';
import { CampaignsHttpController } from './api/campaigns.http.controller';
import { CampaignsService } from './application/campaigns.service';
import { CampaignStore } from './domain/campaign.store';
import { CampaignRepository } from './infrastructure/campaign.repository';
import { CampaignRecord, CampaignSchema } from './infrastructure/campaign.schema';

@Module({
  imports: [
    MongooseModule.forFeature([{ name: CampaignRecord.name, schema: CampaignSchema }]),
    InvitationsModule,
    QuestionnairesModule,
    IndexesModule,
  ],
  controllers: [CampaignsHttpController],
  providers: [
    CampaignsService,
    CampaignRepository,
    { provide: CampaignStore, useExisting: CampaignRepository },
  ],
})
export class CampaignsModule {}
