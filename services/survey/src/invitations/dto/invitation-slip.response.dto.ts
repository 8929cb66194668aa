import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

import { InvitationSlip } from '../application/invitation-slips.service';

export class InvitationSlipResponseDto {
  @ApiProperty({ format: 'uuid' })
  invitationId: string;

  @ApiProperty({ format: 'uuid' })
  dossierId: string;

  @ApiProperty({ example: '000.00.38.H56-261128-0001' })
  dossierCode: string;

  @ApiPropertyOptional({ format: 'uuid' })
  campaignId?: string;

  @ApiProperty({ example: 'K7QM-3XHP', description: 'To print on the return slip' })
  code: string;

  @ApiProperty({ description: 'Single-use link (also for a QR code)' })
  link: string;

  @ApiProperty({ format: 'date-time' })
  expiresAt: string;

  @ApiProperty({ example: 'Mời Ông/Bà đánh giá mức độ hài lòng tại …, mã khảo sát K7QM-3XHP.' })
  slipText: string;

  static from(slip: InvitationSlip): InvitationSlipResponseDto {
    const { invitation } = slip;
    return {
      invitationId: invitation.id,
      dossierId: invitation.dossierId,
      dossierCode: invitation.dossierCode,
      ...(invitation.campaignId ? { campaignId: invitation.campaignId } : {}),
      code: slip.code,
      link: slip.link,
      expiresAt: invitation.expiresAt.toISOString(),
      slipText: `Mời Ông/Bà dành 2 phút đánh giá mức độ hài lòng tại ${slip.link} hoặc nhập mã khảo sát ${slip.code}. Phiếu không ghi tên và chỉ dùng một lần.`,
    };
  }
}
