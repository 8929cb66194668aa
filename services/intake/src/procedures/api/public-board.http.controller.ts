import { Controller, Param, StreamableFile } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';

import { Clock } from '@libs/clock';
import { renderOfficialDocumentPdf } from '@libs/documents';
import { DomainError } from '@libs/errors';
import { CommuneDirectory } from '@libs/reference-data';
import { pdfAnswer, Route } from '@libs/service-kit';

import { ProcedureCatalogueService } from '../application/procedure-catalogue.service';
import { publicBoard } from '../domain/public-board';

const COMMUNE_CODE = /^\d{5}$/;

/** The printable board posted at the desk: conduct code, procedures, times and fees. */
@ApiTags('procedures')
@Controller('v1/communes')
export class PublicBoardHttpController {
  constructor(
    private readonly catalogue: ProcedureCatalogueService,
    private readonly communes: CommuneDirectory,
    private readonly clock: Clock,
  ) {}

  @Route({
    method: 'GET',
    path: ':communeCode/public-board.pdf',
    roles: ['officer', 'leader', 'province'],
    summary:
      'Printable public board (A4 PDF): "5 biết, 3 không, 4 thể hiện", the commune’s procedures with legal time and fees, office hours.',
    produces: ['application/pdf'],
  })
  async board(@Param('communeCode') communeCode: string): Promise<StreamableFile> {
    const commune = COMMUNE_CODE.test(communeCode) ? this.communes.find(communeCode) : undefined;
    if (!commune) {
      throw new DomainError('REQUEST.INVALID', 'invalid', 'Mã xã, phường không hợp lệ.', [
        { field: 'communeCode', messages: [`Không có xã, phường mã ${communeCode}.`] },
      ]);
    }
    const now = this.clock.now();
    const body = await renderOfficialDocumentPdf(
      publicBoard(commune, await this.catalogue.list(communeCode), now),
      { creationDate: now },
    );
    return pdfAnswer(body, `bang-niem-yet-${communeCode}.pdf`);
  }
}
