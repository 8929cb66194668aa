import { Body, Controller, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Response } from 'express';

import { PersonalDataRead } from '@libs/audit';
import { CurrentPrincipal, IdempotencyKey, Principal } from '@libs/auth';
import { Route } from '@libs/service-kit';

import { RegisterBirthService } from '../application/register-birth.service';
import { BirthRegistrationResponseDto } from '../dto/birth-registration.response.dto';
import { RegisterBirthRequestDto } from '../dto/register-birth.request.dto';

@ApiTags('birth-registrations')
@Controller('v1/birth-registrations')
export class BirthRegistrationHttpController {
  constructor(private readonly service: RegisterBirthService) {}

  @Route({
    method: 'POST',
    roles: ['officer', 'leader', 'system'],
    summary: 'Register a birth (đăng ký khai sinh); publishes birth.registered.v1.',
    returns: BirthRegistrationResponseDto,
    replay: true,
    idempotent: 'Same key, same registration',
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

  @Route({
    method: 'GET',
    path: ':registrationId',
    roles: ['officer', 'leader', 'province', 'system'],
    summary: 'Read one birth registration.',
    returns: BirthRegistrationResponseDto,
  })
  @PersonalDataRead('birth-registration', 'registrationId')
  async get(
    @Param('registrationId', new ParseUUIDPipe()) id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<BirthRegistrationResponseDto> {
    return BirthRegistrationResponseDto.from(await this.service.get(id, principal));
  }
}
