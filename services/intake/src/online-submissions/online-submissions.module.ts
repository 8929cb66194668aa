import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';

import { DossiersModule } from '../dossiers/dossiers.module';
import { OnlineSubmissionsHttpController } from './api/online-submissions.http.controller';
import { OnlineSubmissionsService } from './application/online-submissions.service';
import { OnlineSubmissionStore } from './domain/online-submission.store';
import { OnlineSubmissionRepository } from './infrastructure/online-submission.repository';
import {
  OnlineSubmissionRecord,
  OnlineSubmissionSchema,
} from './infrastructure/online-submission.schema';

@Module({
  imports: [
    MongooseModule.forFeature([
      { name: OnlineSubmissionRecord.name, schema: OnlineSubmissionSchema },
    ]),
    DossiersModule,
  ],
  controllers: [OnlineSubmissionsHttpController],
  providers: [
    OnlineSubmissionsService,
    OnlineSubmissionRepository,
    { provide: OnlineSubmissionStore, useExisting: OnlineSubmissionRepository },
  ],
})
export class OnlineSubmissionsModule {}
