import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';

import { LetterSettingsModule } from '../settings/letter-settings.module';
import { LetterTemplatesModule } from '../templates/letter-templates.module';
import { CitizenLettersConsumer } from './api/citizen-letters.consumer';
import { CivilStatusLettersConsumer } from './api/civil-status-letters.consumer';
import { LettersHttpController } from './api/letters.http.controller';
import { SkippedOccasionsHttpController } from './api/skipped-occasions.http.controller';
import { ApprovalWatch } from './application/approval-watch.service';
import { CitizenLettersService } from './application/citizen-letters.service';
import { LetterDraftingService } from './application/letter-drafting.service';
import { LetterNumbering } from './application/letter-numbering.service';
import { LetterRegisterService } from './application/letter-register.service';
import { LetterTransitions } from './application/letter-transitions.service';
import { SkippedOccasionsService } from './application/skipped-occasions.service';
import { DossierApplicantStore } from './domain/dossier-applicant.store';
import { LetterStore } from './domain/letter.store';
import { LetterCountStore } from './domain/letter-count.store';
import { LetterNumberStore } from './domain/letter-number.store';
import { SkippedOccasionStore } from './domain/skipped-occasion.store';
import { DossierApplicantRepository } from './infrastructure/dossier-applicant.repository';
import {
  DossierApplicantRecord,
  DossierApplicantSchema,
  PendingApologyRecord,
  PendingApologySchema,
} from './infrastructure/dossier-applicant.schema';
import { LetterRepository } from './infrastructure/letter.repository';
import { LetterRecord, LetterSchema } from './infrastructure/letter.schema';
import { LetterCountRepository } from './infrastructure/letter-count.repository';
import { LetterNumberRepository } from './infrastructure/letter-number.repository';
import {
  LetterNumberClaimRecord,
  LetterNumberClaimSchema,
  LetterNumberHeadRecord,
  LetterNumberHeadSchema,
} from './infrastructure/letter-number.schema';
import { SkippedOccasionRepository } from './infrastructure/skipped-occasion.repository';
import {
  SkippedOccasionRecord,
  SkippedOccasionSchema,
} from './infrastructure/skipped-occasion.schema';

@Module({
  imports: [
    MongooseModule.forFeature([
      { name: LetterRecord.name, schema: LetterSchema },
      { name: DossierApplicantRecord.name, schema: DossierApplicantSchema },
      { name: PendingApologyRecord.name, schema: PendingApologySchema },
      { name: LetterNumberClaimRecord.name, schema: LetterNumberClaimSchema },
      { name: LetterNumberHeadRecord.name, schema: LetterNumberHeadSchema },
      { name: SkippedOccasionRecord.name, schema: SkippedOccasionSchema },
    ]),
    LetterSettingsModule,
    LetterTemplatesModule,
  ],
  controllers: [
    LettersHttpController,
    SkippedOccasionsHttpController,
    CivilStatusLettersConsumer,
    CitizenLettersConsumer,
  ],
  providers: [
    CitizenLettersService,
    LetterDraftingService,
    LetterRegisterService,
    LetterTransitions,
    LetterRepository,
    { provide: LetterStore, useExisting: LetterRepository },
    LetterCountRepository,
    { provide: LetterCountStore, useExisting: LetterCountRepository },
    DossierApplicantRepository,
    { provide: DossierApplicantStore, useExisting: DossierApplicantRepository },
    LetterNumbering,
    LetterNumberRepository,
    { provide: LetterNumberStore, useExisting: LetterNumberRepository },
    SkippedOccasionRepository,
    { provide: SkippedOccasionStore, useExisting: SkippedOccasionRepository },
    SkippedOccasionsService,
    ApprovalWatch,
  ],
  exports: [LetterRepository, LetterStore, LetterTransitions, LetterNumbering, ApprovalWatch],
})
export class LettersModule {}
