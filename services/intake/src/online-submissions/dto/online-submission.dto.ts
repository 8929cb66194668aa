import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsIn,
  IsOptional,
  IsString,
  Length,
  Matches,
} from 'class-validator';

import { PageLimit } from '@libs/service-kit';

import { ReceiveDossierRequest } from '../../dossiers/domain/dossier-rules';
import { DossierFormDto } from '../../dossiers/dto/dossier.request.dto';
import {
  OnlineSubmission,
  SUBMISSION_STATUS_NAMES,
  SUBMISSION_STATUSES,
  SubmissionStatus,
} from '../domain/online-submission';

/** What the citizen sends online: a dossier form; the channel is online by definition. */
export class OnlineSubmissionRequestDto extends DossierFormDto {
  toRequest(): ReceiveDossierRequest & { channel: 'online' } {
    return { ...this.toForm(), channel: 'online' };
  }
}

export class SubmissionSupplementRequestDto {
  @ApiProperty({ example: 'Ảnh chụp tờ khai bị mờ' })
  @IsOptional()
  @IsString()
  @Length(1, 1000)
  reason?: string;

  @ApiProperty({ type: [String], example: ['Tờ khai đăng ký khai sinh (ảnh rõ)'] })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @Length(1, 300, { each: true })
  items?: string[];
}

export class SubmissionRefusalRequestDto {
  @ApiProperty({ example: 'Thủ tục không thuộc thẩm quyền của xã, phường' })
  @IsOptional()
  @IsString()
  @Length(1, 1000)
  reason?: string;
}

export class ListSubmissionsQueryDto {
  @ApiProperty({ example: '14797' })
  @Matches(/^\d{5}$/, { message: 'communeCode phải gồm 5 chữ số' })
  communeCode: string;

  @ApiPropertyOptional({ enum: SUBMISSION_STATUSES, example: 'submitted' })
  @IsOptional()
  @IsIn(SUBMISSION_STATUSES)
  status?: SubmissionStatus;

  @PageLimit()
  limit?: number;
}

export class SubmissionEventDto {
  @ApiProperty({ enum: SUBMISSION_STATUSES })
  status: SubmissionStatus;

  @ApiProperty()
  at: string;

  @ApiPropertyOptional()
  reason?: string;

  @ApiPropertyOptional({ type: [String] })
  items?: string[];
}

export class OnlineSubmissionResponseDto {
  @ApiProperty()
  submissionId: string;

  @ApiProperty({ example: '14797' })
  communeCode: string;

  @ApiProperty({ example: 'birth-registration' })
  procedureKey: string;

  @ApiProperty({ example: 'Trần Thị Bình' })
  applicantName: string;

  @ApiProperty({ enum: SUBMISSION_STATUSES })
  status: SubmissionStatus;

  @ApiProperty({ example: 'Mới đăng ký (chờ tiếp nhận)' })
  statusName: string;

  @ApiProperty({ example: 1, description: 'National status code (1 = Mới đăng ký)' })
  nationalStatusCode: number;

  @ApiProperty()
  submittedAt: string;

  @ApiProperty({ type: [SubmissionEventDto] })
  history: SubmissionEventDto[];

  @ApiPropertyOptional({ description: 'The dossier, once accepted: its clock starts then' })
  dossierId?: string;

  @ApiPropertyOptional()
  dossierCode?: string;

  @ApiPropertyOptional()
  acceptedAt?: string;

  static from(submission: OnlineSubmission): OnlineSubmissionResponseDto {
    const status = SUBMISSION_STATUS_NAMES[submission.status];
    return {
      submissionId: submission.id,
      communeCode: submission.communeCode,
      procedureKey: submission.request.procedureKey,
      applicantName: submission.request.applicant.fullName,
      status: submission.status,
      statusName: status.name,
      nationalStatusCode: status.nationalCode,
      submittedAt: submission.submittedAt.toISOString(),
      history: submission.history.map((event) => ({
        status: event.status,
        at: new Date(event.at).toISOString(),
        ...(event.reason ? { reason: event.reason } : {}),
        ...(event.items ? { items: event.items } : {}),
      })),
      ...(submission.dossier
        ? {
            dossierId: submission.dossier.id,
            dossierCode: submission.dossier.code,
            acceptedAt: new Date(submission.dossier.receivedAt).toISOString(),
          }
        : {}),
    };
  }
}
