import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';

import { CurrentPrincipal, Principal } from '@libs/auth';
import { CommuneCodePipe, Route } from '@libs/service-kit';

import { LetterSettingsService } from '../application/letter-settings.service';
import { LetterSettings, signatureLines } from '../domain/letter-settings';
import {
  LetterSettingsResponseDto,
  UpdateLetterSettingsRequestDto,
} from '../dto/letter-settings.dto';

@ApiTags('letter-settings')
@Controller('v1/letter-settings')
export class LetterSettingsHttpController {
  constructor(private readonly settings: LetterSettingsService) {}

  @Route({
    method: 'GET',
    path: ':communeCode',
    roles: ['officer', 'leader', 'province'],
    summary: "A commune's letter settings (its saved ones or the defaults).",
    returns: LetterSettingsResponseDto,
  })
  async read(
    @Param('communeCode', CommuneCodePipe) communeCode: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<LetterSettingsResponseDto> {
    return this.respond(await this.settings.read(communeCode, principal));
  }

  @Route({
    method: 'PUT',
    path: ':communeCode',
    roles: ['leader'],
    summary:
      'Which kinds the commune sends, which need a leader’s approval, and who signs (leader).',
    returns: LetterSettingsResponseDto,
  })
  async update(
    @Param('communeCode', CommuneCodePipe) communeCode: string,
    @Body() body: UpdateLetterSettingsRequestDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<LetterSettingsResponseDto> {
    return this.respond(await this.settings.update(communeCode, body, principal));
  }

  private respond(settings: LetterSettings): LetterSettingsResponseDto {
    return LetterSettingsResponseDto.from(
      settings,
      signatureLines(settings.signer.role),
      this.settings.naming(settings),
    );
  }
}
