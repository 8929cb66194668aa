import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  Res,
  StreamableFile,
} from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Response } from 'express';

import { describePersonalData, PersonalDataRead } from '@libs/audit';
import { CurrentPrincipal, Principal, Roles } from '@libs/auth';
import { LETTER_KINDS } from '@libs/contracts';

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

  @Get()
  @Roles('officer', 'leader', 'province')
  @PersonalDataRead('letter', 'letterId')
  @ApiOperation({
    summary: 'Search the letter register by commune, kind, period, recipient and status.',
  })
  @ApiOkResponse({ type: [LetterResponseDto] })
  async search(
    @Query() query: SearchLettersQueryDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<LetterResponseDto[]> {
    const letters = await this.register.search({ ...query, limit: query.limit ?? 50 }, principal);
    return letters.map((letter) => LetterResponseDto.from(letter));
  }

  // Declared before ':letterId' so "counts" is not taken for a letter id.
  @Get('counts')
  @Roles('officer', 'leader', 'province')
  @ApiOperation({ summary: 'Letters written per kind in a month or a year, for reports.' })
  @ApiOkResponse({ type: LetterCountsResponseDto })
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

  @Get(':letterId')
  @Roles('officer', 'leader', 'province')
  @PersonalDataRead('letter', 'letterId')
  @ApiOperation({ summary: 'Read one letter.' })
  @ApiOkResponse({ type: LetterResponseDto })
  async get(
    @Param('letterId', new ParseUUIDPipe()) id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<LetterResponseDto> {
    return LetterResponseDto.from(await this.register.get(id, principal));
  }

  @Get(':letterId/pdf')
  @Roles('officer', 'leader', 'province')
  @PersonalDataRead('letter')
  @ApiOperation({ summary: 'The letter as a printable A4 PDF (Vietnamese, embedded font).' })
  @ApiProduces('application/pdf')
  async pdf(
    @Param('letterId', new ParseUUIDPipe()) id: string,
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const { letter, pdf } = await this.register.pdf(id, principal);
    response
      .type('application/pdf')
      .setHeader('Content-Disposition', `inline; filename="${pdfFileName(letter)}"`);
    return describePersonalData(new StreamableFile(pdf), {
      communeCode: letter.communeCode,
      recordId: letter.id,
    });
  }

  @Post(':letterId/approve')
  @HttpCode(200)
  @Roles('leader')
  @ApiOperation({ summary: 'Approve a draft so it goes out (leader).' })
  @ApiOkResponse({ type: LetterResponseDto })
  async approve(
    @Param('letterId', new ParseUUIDPipe()) id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<LetterResponseDto> {
    return LetterResponseDto.from(await this.register.approve(id, principal));
  }

  @Post(':letterId/resend')
  @HttpCode(200)
  @Roles('officer', 'leader')
  @ApiOperation({
    summary: 'Send the same letter again, optionally by another channel; recorded on the letter.',
  })
  @ApiOkResponse({ type: LetterResponseDto })
  async resend(
    @Param('letterId', new ParseUUIDPipe()) id: string,
    @Body() body: ResendLetterRequestDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<LetterResponseDto> {
    return LetterResponseDto.from(await this.register.resend(id, body, principal));
  }

  @Post(':letterId/delivered')
  @HttpCode(200)
  @Roles('officer', 'leader')
  @ApiOperation({ summary: 'Record that the recipient has the letter.' })
  @ApiOkResponse({ type: LetterResponseDto })
  async delivered(
    @Param('letterId', new ParseUUIDPipe()) id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<LetterResponseDto> {
    return LetterResponseDto.from(await this.register.confirmDelivered(id, principal));
  }
}
