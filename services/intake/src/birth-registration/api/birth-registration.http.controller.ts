import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Response } from 'express';

import { PersonalDataRead } from '@libs/audit';
import { CurrentPrincipal, IdempotencyKey, Principal, Roles } from '@libs/auth';

import { RegisterBirthService } from '../application/register-birth.service';
import { BirthRegistrationResponseDto } from '../dto/birth-registration.response.dto';
import { RegisterBirthRequestDto } from '../dto/register-birth.request.dto';

@ApiTags('birth-registrations')
@Controller('v1/birth-registrations')
export class BirthRegistrationHttpController {
  constructor(private readonly service: RegisterBirthService) {}

  @Post()
  @Roles('officer', 'leader', 'system')
  @ApiOperation({ summary: 'Register a birth (đăng ký khai sinh); publishes birth.registered.v1.' })
  @ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description: 'Same key, same registration',
  })
  @ApiCreatedResponse({ type: BirthRegistrationResponseDto })
  @ApiOkResponse({
    type: BirthRegistrationResponseDto,
    description: 'Replay of an earlier request',
  })
  async register(
    @Body() body: RegisterBirthRequestDto,
    @IdempotencyKey() idempotencyKey: string | undefined,
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) response: Response,
  ): Promise<BirthRegistrationResponseDto> {
    const outcome = await this.service.register(body, principal, idempotencyKey);
    response.status(outcome.created ? 201 : 200);
    return BirthRegistrationResponseDto.from(outcome.registration);
  }

  @Get(':registrationId')
  @Roles('officer', 'leader', 'province', 'system')
  @PersonalDataRead('birth-registration', 'registrationId')
  @ApiOperation({ summary: 'Read one birth registration.' })
  @ApiOkResponse({ type: BirthRegistrationResponseDto })
  async get(
    @Param('registrationId', new ParseUUIDPipe()) id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<BirthRegistrationResponseDto> {
    return BirthRegistrationResponseDto.from(await this.service.get(id, principal));
  }
}
