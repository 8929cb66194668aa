import { Controller, Query } from '@nestjs/common';
import { ApiProperty, ApiTags } from '@nestjs/swagger';

import { AuditTrailRow, AuditTrailService } from '@libs/audit';
import { CurrentPrincipal, Principal } from '@libs/auth';
import { DomainError } from '@libs/errors';

import { IsCommuneCode } from '../http/code.validators';
import { Route } from '../http/route.decorator';
import { auditPeriodOf, AuditPeriodQueryDto } from './audit-period.query';

export class AuditTrailQueryDto extends AuditPeriodQueryDto {
  @ApiProperty({ example: '14797' })
  @IsCommuneCode()
  communeCode: string;
}

@ApiTags('audit')
@Controller('v1/audit-trail')
export class AuditTrailHttpController {
  constructor(private readonly audit: AuditTrailService) {}

  @Route({
    method: 'GET',
    roles: ['leader'],
    summary: "Who changed what, when, in the leader's commune (newest first).",
  })
  async list(
    @Query() query: AuditTrailQueryDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<AuditTrailRow[]> {
    if (!principal.communes.includes(query.communeCode)) {
      throw new DomainError(
        'TENANCY.FORBIDDEN',
        'forbidden',
        `Không được xem nhật ký của xã, phường ${query.communeCode}.`,
      );
    }
    return this.audit.list(query.communeCode, auditPeriodOf(query));
  }
}
