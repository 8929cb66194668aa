import { Controller, Query } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional, Matches, MaxLength } from 'class-validator';

import { PersonalDataAccessLog } from '@libs/audit';
import { canRead, CurrentPrincipal, Principal, TenantScope, tenantScopeOf } from '@libs/auth';
import { DomainError } from '@libs/errors';
import { CommuneDirectory } from '@libs/reference-data';

import { IsCommuneCode } from '../http/code.validators';
import { Route } from '../http/route.decorator';
import { auditPeriodOf, AuditPeriodQueryDto } from './audit-period.query';

export class PersonalDataAccessQueryDto extends AuditPeriodQueryDto {
  @ApiPropertyOptional({
    example: '14797',
    description: 'One commune; all readable ones if absent',
  })
  @IsOptional()
  @IsCommuneCode()
  communeCode?: string;

  @ApiPropertyOptional({ description: 'Token subject of the reader', example: 'can-bo-lan' })
  @IsOptional()
  @Matches(/^\S{1,200}$/, { message: 'subject phải có 1–200 ký tự, không có khoảng trắng' })
  subject?: string;

  @ApiPropertyOptional({ example: 'dossier' })
  @IsOptional()
  @Matches(/^[a-z-]{1,50}$/, { message: 'recordKind chỉ gồm chữ thường và dấu gạch ngang' })
  recordKind?: string;

  @ApiPropertyOptional({ description: 'Id of the record read' })
  @IsOptional()
  @MaxLength(100, { message: 'recordId dài tối đa 100 ký tự' })
  recordId?: string;
}

export class PersonalDataAccessRowDto {
  @ApiProperty({ format: 'date-time' }) at: Date;
  @ApiProperty({ description: 'Token subject of the reader' }) subject: string;
  @ApiProperty({ type: [String] }) roles: string[];
  @ApiProperty({ example: 'dossier' }) recordKind: string;
  @ApiProperty() recordId: string;
  @ApiProperty({ example: '14797' }) communeCode: string;
  @ApiPropertyOptional({ example: '38' }) provinceCode?: string;
  @ApiProperty({ example: 'GET /v1/dossiers/:dossierId/receipt.pdf' }) route: string;
  @ApiPropertyOptional() clientAddress?: string;
  @ApiPropertyOptional() userAgent?: string;
  @ApiPropertyOptional() correlationId?: string;
}

@ApiTags('audit')
@Controller('v1/personal-data-access')
export class PersonalDataAccessHttpController {
  constructor(
    private readonly log: PersonalDataAccessLog,
    private readonly directory: CommuneDirectory,
  ) {}

  @Route({
    method: 'GET',
    roles: ['leader', 'province'],
    summary:
      "Who read which record holding personal data, when and from where: a leader's communes, or a province's (newest first).",
  })
  async list(
    @Query() query: PersonalDataAccessQueryDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<PersonalDataAccessRowDto[]> {
    let scope: TenantScope = tenantScopeOf(principal);
    if (query.communeCode) {
      const provinceCode = this.directory.find(query.communeCode)?.provinceCode ?? '';
      if (!canRead(principal, { communeCode: query.communeCode, provinceCode })) {
        throw new DomainError(
          'TENANCY.FORBIDDEN',
          'forbidden',
          `Không được xem nhật ký truy cập dữ liệu cá nhân của xã, phường ${query.communeCode}.`,
        );
      }
      scope = { communes: [query.communeCode] };
    }
    return this.log.list({
      scope,
      ...auditPeriodOf(query),
      ...(query.subject ? { subject: query.subject } : {}),
      ...(query.recordKind ? { recordKind: query.recordKind } : {}),
      ...(query.recordId ? { recordId: query.recordId } : {}),
    });
  }
}
