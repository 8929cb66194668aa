import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';

import { FiguresModule } from '../figures/figures.module';
import { DeadlinesHttpController } from './api/deadlines.http.controller';
import { DossierDeadlinesConsumer } from './api/dossier-deadlines.consumer';
import { FeedbackDeadlinesConsumer } from './api/feedback-deadlines.consumer';
import { DeadlineQueriesService } from './application/deadline-queries.service';
import { DeadlineUpdater } from './application/deadline-updater.service';
import { DossierDeadlinesService } from './application/dossier-deadlines.service';
import { FeedbackDeadlinesService } from './application/feedback-deadlines.service';
import { UpcomingChecks } from './application/upcoming-checks';
import { DeadlineStore } from './domain/deadline.store';
import { DeadlineRepository } from './infrastructure/deadline.repository';
import { DeadlineRecord, DeadlineSchema } from './infrastructure/deadline.schema';

@Module({
  imports: [
    MongooseModule.forFeature([{ name: DeadlineRecord.name, schema: DeadlineSchema }]),
    FiguresModule,
  ],
  controllers: [DeadlinesHttpController, DossierDeadlinesConsumer, FeedbackDeadlinesConsumer],
  providers: [
    DossierDeadlinesService,
    FeedbackDeadlinesService,
    DeadlineQueriesService,
    DeadlineUpdater,
    DeadlineRepository,
    { provide: DeadlineStore, useExisting: DeadlineRepository },
    UpcomingChecks,
  ],
  exports: [DeadlineUpdater, DeadlineRepository, DeadlineStore, UpcomingChecks],
})
export class TrackingModule {}
