import {
  Body,
  Controller,
  Get,
  Headers,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  Res,
  StreamableFile,
} from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import { Response } from 'express';

import { describePersonalData, PersonalDataRead } from '@libs/audit';
import { CurrentPrincipal, IdempotencyKey, Principal, Roles } from '@libs/auth';
import { startOfNextVietnamDay, startOfVietnamDay } from '@libs/clock';

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

  @Post()
  @Roles('officer', 'leader')
  @ApiOperation({
    summary:
      'Receive a dossier at the counter or online: national code, appointment, lookup secret; publishes dossier.received.v1.',
  })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Same key, same dossier' })
  @ApiCreatedResponse({ type: DossierResponseDto })
  @ApiOkResponse({ type: DossierResponseDto, description: 'Replay of an earlier request' })
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

  @Post('imports')
  @Roles('system')
  @ApiOperation({
    summary:
      'Import a historical dossier with its own receipt time (and its old code, if any), and, if it says, its payment, processing and return, each at its own time, in one request; role system only.',
  })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Same key, same dossier' })
  @ApiCreatedResponse({ type: DossierResponseDto })
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

  @Get()
  @Roles('officer', 'leader', 'province', 'system')
  @PersonalDataRead('dossier', 'dossierId')
  @ApiOperation({ summary: 'Dossiers of the communes the caller may read, newest first.' })
  @ApiOkResponse({ type: DossierResponseDto, isArray: true })
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

  @Get(':dossierId')
  @Roles('officer', 'leader', 'province', 'system')
  @PersonalDataRead('dossier', 'dossierId')
  @ApiOperation({ summary: 'Read one dossier.' })
  @ApiOkResponse({ type: DossierResponseDto })
  async get(
    @Param('dossierId', new ParseUUIDPipe()) id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<DossierResponseDto> {
    return DossierResponseDto.from(await this.lifecycle.get(id, principal));
  }

  @Post(':dossierId/status-changes')
  @HttpCode(200)
  @Roles('officer', 'leader', 'system')
  @ApiOperation({
    summary:
      'Move a dossier along the national statuses (only legal moves; 409 otherwise). Processing a civil-status dossier publishes birth/marriage/death.registered; returning the result publishes dossier.result-returned.v1.',
  })
  @ApiOkResponse({ type: DossierResponseDto })
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

  @Post(':dossierId/verification-requests')
  @HttpCode(200)
  @Roles('officer', 'leader')
  @ApiOperation({
    summary:
      '"Cần xác minh": move the appointment to the legal maximum the procedure\'s law allows when verification is needed, with the reason; once per dossier. 400 without a reason; 409 when the law gives no such time, it was already applied, the dossier is not being decided, was rescheduled or its time has run out. Publishes dossier.status-changed.v1 with appointmentChange "verification".',
  })
  @ApiOkResponse({ type: DossierResponseDto })
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

  @Post(':dossierId/payments')
  @HttpCode(200)
  @Roles('officer', 'leader', 'system')
  @ApiOperation({
    summary: 'Record the fee as paid, in cash or cashless; publishes dossier.fee-paid.v1.',
  })
  @ApiOkResponse({ type: DossierResponseDto })
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

  @Post(':dossierId/lookup-secret')
  @HttpCode(200)
  @Roles('officer', 'leader')
  @ApiOperation({
    summary:
      'Issue a new lookup secret for a citizen who lost the slip; the old one stops working.',
  })
  @ApiOkResponse({ type: DossierResponseDto })
  async reissueSecret(
    @Param('dossierId', new ParseUUIDPipe()) id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<DossierResponseDto> {
    const { dossier, secret } = await this.lifecycle.reissueSecret(id, principal);
    return DossierResponseDto.from(dossier, secret);
  }

  @Get(':dossierId/receipt.pdf')
  @Roles('officer', 'leader', 'province', 'system')
  @PersonalDataRead('dossier')
  @ApiOperation({
    summary:
      'The receipt-and-appointment slip (Mẫu 01). Pass the lookup secret in X-Lookup-Secret to print it.',
  })
  @ApiHeader({ name: 'X-Lookup-Secret', required: false })
  @ApiProduces('application/pdf')
  async receipt(
    @Param('dossierId', new ParseUUIDPipe()) id: string,
    @Headers('x-lookup-secret') secret: string | undefined,
    @CurrentPrincipal() principal: Principal,
  ): Promise<StreamableFile> {
    return pdfOf(await this.slips.receipt(id, principal, secret), 'giay-tiep-nhan');
  }

  @Get(':dossierId/supplement-request.pdf')
  @Roles('officer', 'leader', 'province', 'system')
  @PersonalDataRead('dossier')
  @ApiOperation({ summary: 'The latest supplement request slip (Mẫu 02).' })
  @ApiProduces('application/pdf')
  async supplementRequest(
    @Param('dossierId', new ParseUUIDPipe()) id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<StreamableFile> {
    return pdfOf(await this.slips.supplementRequest(id, principal), 'phieu-yeu-cau-bo-sung');
  }

  @Get(':dossierId/refusal.pdf')
  @Roles('officer', 'leader', 'province', 'system')
  @PersonalDataRead('dossier')
  @ApiOperation({
    summary: 'The refusal slip (Mẫu 03), or the notice that handling stopped (withdrawal, stop).',
  })
  @ApiProduces('application/pdf')
  async refusal(
    @Param('dossierId', new ParseUUIDPipe()) id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<StreamableFile> {
    return pdfOf(await this.slips.refusal(id, principal), 'phieu-tu-choi');
  }
}

function pdfOf(slip: RenderedSlip, name: string): StreamableFile {
  return describePersonalData(
    new StreamableFile(slip.pdf, {
      type: 'application/pdf',
      disposition: `inline; filename="${name}-${slip.dossier.code}.pdf"`,
      length: slip.pdf.length,
    }),
    { communeCode: slip.dossier.commune.code, recordId: slip.dossier.id },
  );
}
