import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

import { DOSSIER_STATUSES, DossierStatus } from '@libs/contracts';
import { TextField } from '@libs/service-kit';

import { Dossier } from '../../dossiers/domain/dossier';
import { DOSSIER_STATUS_NAMES } from '../../dossiers/domain/dossier-status';
import { maskName } from '../domain/mask-name';

export class DossierLookupQueryDto {
  @TextField({
    label: 'Mã tra cứu',
    min: 1,
    max: 40,
    optional: true,
    example: 'K7Q2M-9XH4D',
    description: 'The lookup secret printed on the receipt (or send it in X-Lookup-Secret)',
  })
  secret?: string;
}

export class PublicSupplementDto {
  @ApiProperty()
  reason: string;

  @ApiProperty({ type: [String] })
  items: string[];
}

/** What a citizen sees of a dossier: its progress, no personal data but a masked name. */
export class PublicDossierStatusDto {
  @ApiProperty({ example: 'H38.147.97-260212-380001' })
  dossierCode: string;

  @ApiProperty({ example: 'Đăng ký khai sinh' })
  procedureName: string;

  @ApiProperty({ example: 'Phường Hạc Thành' })
  communeName: string;

  @ApiProperty({ example: 'N*** V*** A***' })
  applicantName: string;

  @ApiProperty({ enum: DOSSIER_STATUSES })
  status: DossierStatus;

  @ApiProperty({ example: 'Đang xử lý' })
  statusName: string;

  @ApiProperty({ example: 4 })
  nationalStatusCode: number;

  @ApiProperty({ format: 'date-time' })
  receivedAt: string;

  @ApiProperty({ format: 'date-time', description: 'The appointment in force' })
  dueAt: string;

  @ApiPropertyOptional({ format: 'date-time' })
  returnedAt?: string;

  @ApiPropertyOptional({ type: PublicSupplementDto, description: 'What to add, when asked' })
  supplement?: PublicSupplementDto;

  @ApiPropertyOptional({ description: 'Why it was refused or stopped' })
  reason?: string;

  @ApiProperty({ example: 10000 })
  feeVnd: number;

  @ApiProperty({ example: false })
  feePaid: boolean;

  static from(dossier: Dossier): PublicDossierStatusDto {
    const status = DOSSIER_STATUS_NAMES[dossier.status];
    const note = dossier.notes.at(-1);
    const current = note && note.status === dossier.status ? note : undefined;
    return {
      dossierCode: dossier.code,
      procedureName: dossier.procedure.name,
      communeName: dossier.commune.name,
      applicantName: maskName(dossier.applicant.fullName),
      status: dossier.status,
      statusName: status.name,
      nationalStatusCode: status.nationalCode,
      receivedAt: dossier.receivedAt.toISOString(),
      dueAt: dossier.dueAt.toISOString(),
      ...(dossier.returnedAt ? { returnedAt: dossier.returnedAt.toISOString() } : {}),
      ...(current?.status === 'supplement-requested'
        ? { supplement: { reason: current.reason, items: current.items } }
        : current
          ? { reason: current.reason }
          : {}),
      feeVnd: dossier.fee.amountVnd,
      feePaid: dossier.fee.status === 'paid',
    };
  }
}
