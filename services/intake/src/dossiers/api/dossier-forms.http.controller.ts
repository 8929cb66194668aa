import { Controller, Param, ParseUUIDPipe, Query, StreamableFile } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';

import { CurrentPrincipal, Principal } from '@libs/auth';
import { CommuneCodePipe, fileAnswer, pdfAnswer, Route } from '@libs/service-kit';

import { DossierFormsService } from '../application/dossier-forms.service';
import { DossierRegisterQueryDto } from '../dto/dossier-register.query.dto';

/** The desk's control forms: Mẫu 06 per dossier, Mẫu 07 per commune and period. */
@ApiTags('dossiers')
@Controller('v1')
export class DossierFormsHttpController {
  constructor(private readonly forms: DossierFormsService) {}

  @Route({
    method: 'GET',
    path: 'dossiers/:dossierId/control-sheet.pdf',
    roles: ['officer', 'leader', 'province', 'system'],
    summary:
      'Phiếu kiểm soát quá trình giải quyết hồ sơ (Mẫu 06): one row per recorded handover, before/on/after the appointment.',
    produces: ['application/pdf'],
  })
  async controlSheet(
    @Param('dossierId', new ParseUUIDPipe()) id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<StreamableFile> {
    const sheet = await this.forms.controlSheet(id, principal);
    return pdfAnswer(sheet.pdf, `phieu-kiem-soat-${sheet.dossier.code}.pdf`);
  }

  @Route({
    method: 'GET',
    path: 'communes/:communeCode/dossier-register',
    roles: ['officer', 'leader', 'province', 'system'],
    summary:
      'Sổ theo dõi hồ sơ (Mẫu 07) of a commune for a period of at most a year, as PDF (landscape A4) or CSV.',
    produces: ['application/pdf', 'text/csv'],
  })
  async register(
    @Param('communeCode', CommuneCodePipe) communeCode: string,
    @Query() query: DossierRegisterQueryDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<StreamableFile> {
    const register = await this.forms.register(
      communeCode,
      { from: query.from, to: query.to },
      query.format ?? 'pdf',
      principal,
    );
    return fileAnswer(register.body, {
      type: register.contentType,
      fileName: register.fileName,
      disposition: 'attachment',
    });
  }
}
