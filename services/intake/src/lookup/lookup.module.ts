import { Module } from '@nestjs/common';

import { DossiersModule } from '../dossiers/dossiers.module';
import { DossierLookupHttpController } from './api/dossier-lookup.http.controller';
import { DossierLookupService } from './application/dossier-lookup.service';

@Module({
  imports: [DossiersModule],
  controllers: [DossierLookupHttpController],
  providers: [DossierLookupService],
})
export class LookupModule {}
