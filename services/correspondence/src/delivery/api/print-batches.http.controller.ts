import {
  Body,
  Controller,
  Headers,
  Param,
  ParseUUIDPipe,
  Res,
  StreamableFile,
} from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Response } from 'express';

import { describePersonalData, PersonalDataRead } from '@libs/audit';
import { CurrentPrincipal, Principal } from '@libs/auth';
import { pdfAnswer, Route } from '@libs/service-kit';

import { PrintBatchesService } from '../application/print-batches.service';
import { CreatePrintBatchRequestDto, PrintBatchResponseDto } from '../dto/print-batch.dto';

@ApiTags('print-batches')
@Controller('v1/print-batches')
export class PrintBatchesHttpController {
  constructor(private readonly batches: PrintBatchesService) {}

  @Route({
    method: 'POST',
    roles: ['officer', 'leader'],
    summary:
      'Print the day’s paper letters: one PDF, each letter marked printed. Answers the PDF itself when asked with Accept: application/pdf.',
    returns: PrintBatchResponseDto,
    produces: ['application/json', 'application/pdf'],
  })
  async create(
    @Body() body: CreatePrintBatchRequestDto,
    @Headers('accept') accept: string | undefined,
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) response: Response,
  ): Promise<PrintBatchResponseDto | StreamableFile> {
    const { batch, pdf } = await this.batches.create(body.communeCode, body.date, principal);
    response.status(201).setHeader('Location', `/v1/print-batches/${batch.id}`);
    if (accept?.includes('application/pdf')) {
      return pdfAnswer(pdf, `lo-in-${batch.communeCode}-${batch.date}.pdf`);
    }
    return PrintBatchResponseDto.from(batch);
  }

  @Route({
    method: 'GET',
    path: ':batchId',
    roles: ['officer', 'leader', 'province'],
    summary: 'Which letters a print batch holds.',
    returns: PrintBatchResponseDto,
  })
  async get(
    @Param('batchId', new ParseUUIDPipe()) id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<PrintBatchResponseDto> {
    return PrintBatchResponseDto.from(await this.batches.get(id, principal));
  }

  @Route({
    method: 'GET',
    path: ':batchId/pdf',
    roles: ['officer', 'leader', 'province'],
    summary: 'The print batch’s PDF again (same letters, same order).',
    produces: ['application/pdf'],
  })
  @PersonalDataRead('letter')
  async pdf(
    @Param('batchId', new ParseUUIDPipe()) id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<StreamableFile> {
    const batch = await this.batches.get(id, principal);
    // Every letter printed in the batch is a read of its recipient's details.
    return describePersonalData(
      pdfAnswer(
        await this.batches.pdf(id, principal),
        `lo-in-${batch.communeCode}-${batch.date}.pdf`,
      ),
      ...batch.letterIds.map((letterId) => ({
        communeCode: batch.communeCode,
        recordId: letterId,
      })),
    );
  }
}
