import {
  Body,
  Controller,
  Headers,
  Param,
  ParseUUIDPipe,
  Query,
  Res,
  StreamableFile,
} from '@nestjs/common';
import { ApiHeader, ApiTags } from '@nestjs/swagger';
import { Response } from 'express';

import { describePersonalData, PersonalDataRead } from '@libs/audit';
import { CurrentPrincipal, IdempotencyKey, Principal } from '@libs/auth';
import { startOfNextVietnamDay, startOfVietnamDay } from '@libs/clock';
import { pdfAnswer, Route } from '@libs/service-kit';

import { DossierLifecycleService } from '../application/dossier-lifecycle.service';
import { DossierSlipsService, RenderedSlip } from '../application/dossier-slips.service';
import { ReceiveDossierService } from '../application/receive-dossier.service';
import {
  ImportDossierRequestDto,
  PaymentRequestDto,
  ReceiveDossierRequestDto,
  SearchDossiersQueryDto,
  StatusChangeRequestDto,
  VerificationRequestDto,
} from '../dto/dossier.request.dto';
import { DossierResponseDto } from '../dto/dossier.response.dto';

@ApiTags('dossiers')
@Controller('v1/dossiers')
export class DossiersHttpController {
  constructor(
    private readonly receipts: ReceiveDossierService,
    private readonly lifecycle: DossierLifecycleService,
    private readonly slips: DossierSlipsService,
  ) {}

  @Route({
    method: 'POST',
    roles: ['officer', 'leader'],
    summary:
      'Receive a dossier at the counter or online: national code, appointment, lookup secret; publishes dossier.received.v1.',
    returns: DossierResponseDto,
    replay: true,
    idempotent: 'Same key, same dossier',
  })
  async receive(
    @Body() body: ReceiveDossierRequestDto,
    @IdempotencyKey() key: string | undefined,
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) response: Response,
  ): Promise<DossierResponseDto> {
    const outcome = await this.receipts.receive(body.toRequest(), principal, {
      ...(key ? { idempotencyKey: key } : {}),
    });
    response.status(outcome.created ? 201 : 200);
    return DossierResponseDto.from(outcome.dossier, outcome.secret);
  }

  @Route({
    method: 'POST',
    path: 'imports',
    roles: ['system'],
    summary:
      'Import a historical dossier with its own receipt time (and its old code, if any), and, if it says, its payment, processing and return, each at its own time, in one request; role system only.',
    returns: DossierResponseDto,
    idempotent: 'Same key, same dossier',
  })
  async import(
    @Body() body: ImportDossierRequestDto,
    @IdempotencyKey() key: string | undefined,
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) response: Response,
  ): Promise<DossierResponseDto> {
    const history = body.toHistory();
    const outcome = await this.receipts.receive(body.toRequest(), principal, {
      ...(key ? { idempotencyKey: key } : {}),
      ...(body.dossierCode ? { importedCode: body.dossierCode } : {}),
      ...(history ? { history } : {}),
    });
    response.status(outcome.created ? 201 : 200);
    return DossierResponseDto.from(outcome.dossier, outcome.secret);
  }

  @Route({
    method: 'GET',
    roles: ['officer', 'leader', 'province', 'system'],
    summary: 'Dossiers of the communes the caller may read, newest first.',
    returns: [DossierResponseDto],
  })
  @PersonalDataRead('dossier', 'dossierId')
  async search(
    @Query() query: SearchDossiersQueryDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<DossierResponseDto[]> {
    const dossiers = await this.lifecycle.search(
      {
        ...(query.communeCode ? { communeCode: query.communeCode } : {}),
        ...(query.status ? { status: query.status } : {}),
        ...(query.procedureKey ? { procedureKey: query.procedureKey } : {}),
        ...(query.from ? { receivedFrom: startOfVietnamDay(query.from) } : {}),
        ...(query.to ? { receivedTo: startOfNextVietnamDay(query.to) } : {}),
        ...(query.dueSoon === 'true' ? { dueSoon: true } : {}),
        limit: query.limit ?? 50,
      },
      principal,
    );
    return dossiers.map((dossier) => DossierResponseDto.from(dossier));
  }

  @Route({
    method: 'GET',
    path: ':dossierId',
    roles: ['officer', 'leader', 'province', 'system'],
    summary: 'Read one dossier.',
    returns: DossierResponseDto,
  })
  @PersonalDataRead('dossier', 'dossierId')
  async get(
    @Param('dossierId', new ParseUUIDPipe()) id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<DossierResponseDto> {
    return DossierResponseDto.from(await this.lifecycle.get(id, principal));
  }

  @Route({
    method: 'POST',
    path: ':dossierId/status-changes',
    status: 200,
    roles: ['officer', 'leader', 'system'],
    summary:
      'Move a dossier along the national statuses (only legal moves; 409 otherwise). Processing a civil-status dossier publishes birth/marriage/death.registered; returning the result publishes dossier.result-returned.v1.',
    returns: DossierResponseDto,
  })
  async changeStatus(
    @Param('dossierId', new ParseUUIDPipe()) id: string,
    @Body() body: StatusChangeRequestDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<DossierResponseDto> {
    const dossier = await this.lifecycle.changeStatus(
      id,
      {
        to: body.to,
        ...(body.reason !== undefined ? { reason: body.reason } : {}),
        ...(body.items !== undefined ? { items: body.items } : {}),
        ...(body.at !== undefined ? { at: new Date(body.at) } : {}),
      },
      principal,
    );
    return DossierResponseDto.from(dossier);
  }

  @Route({
    method: 'POST',
    path: ':dossierId/verification-requests',
    status: 200,
    roles: ['officer', 'leader'],
    summary:
      '"Cần xác minh": move the appointment to the legal maximum the procedure\'s law allows when verification is needed, with the reason; once per dossier. 400 without a reason; 409 when the law gives no such time, it was already applied, the dossier is not being decided, was rescheduled or its time has run out. Publishes dossier.status-changed.v1 with appointmentChange "verification".',
    returns: DossierResponseDto,
  })
  async requestVerification(
    @Param('dossierId', new ParseUUIDPipe()) id: string,
    @Body() body: VerificationRequestDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<DossierResponseDto> {
    const dossier = await this.lifecycle.requestVerification(
      id,
      body.reason !== undefined ? { reason: body.reason } : {},
      principal,
    );
    return DossierResponseDto.from(dossier);
  }

  @Route({
    method: 'POST',
    path: ':dossierId/payments',
    status: 200,
    roles: ['officer', 'leader', 'system'],
    summary: 'Record the fee as paid, in cash or cashless; publishes dossier.fee-paid.v1.',
    returns: DossierResponseDto,
  })
  async pay(
    @Param('dossierId', new ParseUUIDPipe()) id: string,
    @Body() body: PaymentRequestDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<DossierResponseDto> {
    const dossier = await this.lifecycle.recordPayment(
      id,
      {
        amountVnd: body.amountVnd,
        method: body.method,
        ...(body.reference ? { reference: body.reference } : {}),
        ...(body.paidAt ? { paidAt: new Date(body.paidAt) } : {}),
      },
      principal,
    );
    return DossierResponseDto.from(dossier);
  }

  @Route({
    method: 'POST',
    path: ':dossierId/lookup-secret',
    status: 200,
    roles: ['officer', 'leader'],
    summary:
      'Issue a new lookup secret for a citizen who lost the slip; the old one stops working.',
    returns: DossierResponseDto,
  })
  async reissueSecret(
    @Param('dossierId', new ParseUUIDPipe()) id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<DossierResponseDto> {
    const { dossier, secret } = await this.lifecycle.reissueSecret(id, principal);
    return DossierResponseDto.from(dossier, secret);
  }

  @Route({
    method: 'GET',
    path: ':dossierId/receipt.pdf',
    roles: ['officer', 'leader', 'province', 'system'],
    summary:
      'The receipt-and-appointment slip (Mẫu 01). Pass the lookup secret in X-Lookup-Secret to print it.',
    produces: ['application/pdf'],
  })
  @PersonalDataRead('dossier')
  @ApiHeader({ name: 'X-Lookup-Secret', required: false })
  async receipt(
    @Param('dossierId', new ParseUUIDPipe()) id: string,
    @Headers('x-lookup-secret') secret: string | undefined,
    @CurrentPrincipal() principal: Principal,
  ): Promise<StreamableFile> {
    return pdfOf(await this.slips.receipt(id, principal, secret), 'giay-tiep-nhan');
  }

  @Route({
    method: 'GET',
    path: ':dossierId/supplement-request.pdf',
    roles: ['officer', 'leader', 'province', 'system'],
    summary: 'The latest supplement request slip (Mẫu 02).',
    produces: ['application/pdf'],
  })
  @PersonalDataRead('dossier')
  async supplementRequest(
    @Param('dossierId', new ParseUUIDPipe()) id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<StreamableFile> {
    return pdfOf(await this.slips.supplementRequest(id, principal), 'phieu-yeu-cau-bo-sung');
  }

  @Route({
    method: 'GET',
    path: ':dossierId/refusal.pdf',
    roles: ['officer', 'leader', 'province', 'system'],
    summary: 'The refusal slip (Mẫu 03), or the notice that handling stopped (withdrawal, stop).',
    produces: ['application/pdf'],
  })
  @PersonalDataRead('dossier')
  async refusal(
    @Param('dossierId', new ParseUUIDPipe()) id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<StreamableFile> {
    return pdfOf(await this.slips.refusal(id, principal), 'phieu-tu-choi');
  }
}

function pdfOf(slip: RenderedSlip, name: string): StreamableFile {
  return describePersonalData(pdfAnswer(slip.pdf, `${name}-${slip.dossier.code}.pdf`), {
    communeCode: slip.dossier.commune.code,
    recordId: slip.dossier.id,
  });
}
