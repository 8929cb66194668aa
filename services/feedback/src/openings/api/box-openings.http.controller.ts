import { Body, Controller, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Response } from 'express';

import { CurrentPrincipal, IdempotencyKey, Principal } from '@libs/auth';
import { Route } from '@libs/service-kit';

import { RecordOpeningService } from '../application/record-opening.service';
import { BoxOpeningResponseDto } from '../dto/box-opening.response.dto';
import { RecordOpeningRequestDto } from '../dto/record-opening.request.dto';

@ApiTags('suggestion-boxes')
@Controller('v1')
export class BoxOpeningsHttpController {
  constructor(private readonly openings: RecordOpeningService) {}

  @Route({
    method: 'POST',
    path: 'suggestion-boxes/:boxId/openings',
    roles: ['officer', 'leader', 'system'],
    summary:
      'Record a box opening (mở hòm thư) and the letters found; each letter becomes a case. The system role may give receivedAt (historical entry).',
    returns: BoxOpeningResponseDto,
    replay: true,
    idempotent: 'Same key, same opening',
  })
  async record(
    @Param('boxId', new ParseUUIDPipe()) boxId: string,
    @Body() body: RecordOpeningRequestDto,
    @IdempotencyKey() idempotencyKey: string | undefined,
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) response: Response,
  ): Promise<BoxOpeningResponseDto> {
    const outcome = await this.openings.record(
      boxId,
      {
        openedOn: body.openedOn,
        ...(body.receivedAt ? { receivedAt: new Date(body.receivedAt) } : {}),
        officersPresent: body.officersPresent,
        ...(body.witnesses
          ? {
              witnesses: body.witnesses.map((witness) => ({
                fullName: witness.fullName,
                organisation: witness.organisation,
                ...(witness.position ? { position: witness.position } : {}),
              })),
            }
          : {}),
        ...(body.minutes
          ? {
              minutes: {
                ...(body.minutes.number ? { number: body.minutes.number } : {}),
                summary: body.minutes.summary,
              },
            }
          : {}),
        letters: body.letters.map((letter) => ({
          kind: letter.kind,
          ...(letter.category ? { category: letter.category } : {}),
          content: letter.content,
          ...(letter.contact ? { contact: letter.contact } : {}),
        })),
      },
      principal,
      idempotencyKey,
    );
    response.status(outcome.created ? 201 : 200);
    return BoxOpeningResponseDto.from(outcome.opening, outcome.cases);
  }

  @Route({
    method: 'GET',
    path: 'suggestion-boxes/:boxId/openings',
    roles: ['officer', 'leader', 'province'],
    summary: 'Openings of one box, newest first.',
    returns: [BoxOpeningResponseDto],
  })
  async list(
    @Param('boxId', new ParseUUIDPipe()) boxId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<BoxOpeningResponseDto[]> {
    const openings = await this.openings.listForBox(boxId, principal);
    return openings.map((opening) => BoxOpeningResponseDto.from(opening));
  }

  @Route({
    method: 'GET',
    path: 'box-openings/:openingId',
    roles: ['officer', 'leader', 'province'],
    summary: 'One opening with the case each letter became.',
    returns: BoxOpeningResponseDto,
  })
  async get(
    @Param('openingId', new ParseUUIDPipe()) id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<BoxOpeningResponseDto> {
    const { opening, cases } = await this.openings.get(id, principal);
    return BoxOpeningResponseDto.from(opening, cases);
  }
}
