import { Body, Controller, Param, ParseUUIDPipe, Query, StreamableFile } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';

import { describePersonalData, PersonalDataRead } from '@libs/audit';
import { CurrentPrincipal, Principal } from '@libs/auth';
import { LETTER_KINDS } from '@libs/contracts';
import { pdfAnswer, Route } from '@libs/service-kit';

import { LetterRegisterService } from '../application/letter-register.service';
import { pdfFileName } from '../domain/letter-renditions';
import { LetterResponseDto } from '../dto/letter.response.dto';
import {
  LetterCountsQueryDto,
  LetterCountsResponseDto,
  ResendLetterRequestDto,
} from '../dto/letter-actions.dto';
import { SearchLettersQueryDto } from '../dto/search-letters.query.dto';

@ApiTags('letters')
@Controller('v1/letters')
export class LettersHttpController {
  constructor(private readonly register: LetterRegisterService) {}

  @Route({
    method: 'GET',
    roles: ['officer', 'leader', 'province'],
    summary: 'Search the letter register by commune, kind, period, recipient and status.',
    returns: [LetterResponseDto],
  })
  @PersonalDataRead('letter', 'letterId')
  async search(
    @Query() query: SearchLettersQueryDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<LetterResponseDto[]> {
    const letters = await this.register.search({ ...query, limit: query.limit ?? 50 }, principal);
    return letters.map((letter) => LetterResponseDto.from(letter));
  }

  // Declared before ':letterId' so "counts" is not taken for a letter id.
  @Route({
    method: 'GET',
    path: 'counts',
    roles: ['officer', 'leader', 'province'],
    summary: 'Letters written per kind in a month or a year, for reports.',
    returns: LetterCountsResponseDto,
  })
  async counts(
    @Query() query: LetterCountsQueryDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<LetterCountsResponseDto> {
    const counts = await this.register.countsFor(query.communeCode, query.period, principal);
    return {
      communeCode: query.communeCode,
      period: query.period,
      counts,
      total: LETTER_KINDS.reduce((sum, kind) => sum + counts[kind], 0),
    };
  }

  @Route({
    method: 'GET',
    path: ':letterId',
    roles: ['officer', 'leader', 'province'],
    summary: 'Read one letter.',
    returns: LetterResponseDto,
  })
  @PersonalDataRead('letter', 'letterId')
  async get(
    @Param('letterId', new ParseUUIDPipe()) id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<LetterResponseDto> {
    return LetterResponseDto.from(await this.register.get(id, principal));
  }

  @Route({
    method: 'GET',
    path: ':letterId/pdf',
    roles: ['officer', 'leader', 'province'],
    summary: 'The letter as a printable A4 PDF (Vietnamese, embedded font).',
    produces: ['application/pdf'],
  })
  @PersonalDataRead('letter')
  async pdf(
    @Param('letterId', new ParseUUIDPipe()) id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<StreamableFile> {
    const { letter, pdf } = await this.register.pdf(id, principal);
    return describePersonalData(pdfAnswer(pdf, pdfFileName(letter)), {
      communeCode: letter.communeCode,
      recordId: letter.id,
    });
  }

  @Route({
    method: 'POST',
    path: ':letterId/approve',
    status: 200,
    roles: ['leader'],
    summary: 'Approve a draft so it goes out (leader).',
    returns: LetterResponseDto,
  })
  async approve(
    @Param('letterId', new ParseUUIDPipe()) id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<LetterResponseDto> {
    return LetterResponseDto.from(await this.register.approve(id, principal));
  }

  @Route({
    method: 'POST',
    path: ':letterId/resend',
    status: 200,
    roles: ['officer', 'leader'],
    summary: 'Send the same letter again, optionally by another channel; recorded on the letter.',
    returns: LetterResponseDto,
  })
  async resend(
    @Param('letterId', new ParseUUIDPipe()) id: string,
    @Body() body: ResendLetterRequestDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<LetterResponseDto> {
    return LetterResponseDto.from(await this.register.resend(id, body, principal));
  }

  @Route({
    method: 'POST',
    path: ':letterId/delivered',
    status: 200,
    roles: ['officer', 'leader'],
    summary: 'Record that the recipient has the letter.',
    returns: LetterResponseDto,
  })
  async delivered(
    @Param('letterId', new ParseUUIDPipe()) id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<LetterResponseDto> {
    return LetterResponseDto.from(await this.register.confirmDelivered(id, principal));
  }
}
