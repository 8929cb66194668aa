import { Module } from '@nestjs/common';

import { ProjectionsModule } from '../projections/projections.module';
import { ReportsHttpController } from './api/reports.http.controller';
import { ReportsService } from './application/reports.service';

@Module({
  imports: [ProjectionsModule],
  controllers: [ReportsHttpController],
  providers: [ReportsService],
})
export class ReportsModule {}
