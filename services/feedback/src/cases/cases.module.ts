import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';

import { CitizenVoiceConsumer } from './api/citizen-voice.consumer';
import { FeedbackCasesHttpController } from './api/feedback-cases.http.controller';
import { LetterProceduresHttpController } from './api/letter-procedures.http.controller';
import { PublicFeedbackHttpController } from './api/public-feedback.http.controller';
import { CaseWorkflowService } from './application/case-workflow.service';
import { EscalationService } from './application/escalation.service';
import { LetterProcedureService } from './application/letter-procedure.service';
import { OnlineSubmissionService } from './application/online-submission.service';
import { OpenCaseService } from './application/open-case.service';
import { ResponseDeadlinePolicy } from './application/response-deadline.policy';
import { CaseCounterStore } from './domain/case-counter.store';
import { FeedbackCaseStore } from './domain/feedback-case.store';
import { CaseCounterRepository } from './infrastructure/case-counter.repository';
import { CaseCounterRecord, CaseCounterSchema } from './infrastructure/case-counter.schema';
import { FeedbackCaseRepository } from './infrastructure/feedback-case.repository';
import { FeedbackCaseRecord, FeedbackCaseSchema } from './infrastructure/feedback-case.schema';

@Module({
  imports: [
    MongooseModule.forFeature([
      { name: FeedbackCaseRecord.name, schema: FeedbackCaseSchema },
      { name: CaseCounterRecord.name, schema: CaseCounterSchema },
    ]),
  ],
  controllers: [
    PublicFeedbackHttpController,
    FeedbackCasesHttpController,
    LetterProceduresHttpController,
    CitizenVoiceConsumer,
  ],
  providers: [
    OpenCaseService,
    OnlineSubmissionService,
    CaseWorkflowService,
    EscalationService,
    LetterProcedureService,
    ResponseDeadlinePolicy,
    FeedbackCaseRepository,
    { provide: FeedbackCaseStore, useExisting: FeedbackCaseRepository },
    CaseCounterRepository,
    { provide: CaseCounterStore, useExisting: CaseCounterRepository },
  ],
  exports: [OpenCaseService, FeedbackCaseRepository, FeedbackCaseStore],
})
export class CasesModule {}
