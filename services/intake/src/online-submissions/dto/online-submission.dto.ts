import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

import {
  CommuneCodeField,
  EnumField,
  PageLimit,
  TextField,
  TextListField,
} from '@libs/service-kit';

import { ReceiveDossierRequest } from '../../dossiers/domain/dossier-rules';
import { DossierFormDto, SUPPLEMENT_ITEMS } from '../../dossiers/dto/dossier.request.dto';
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

const REASON = { label: 'Lý do', min: 1, max: 1000, optional: true };

export class SubmissionSupplementRequestDto {
  @TextField({ ...REASON, example: 'Ảnh chụp tờ khai bị mờ' })
  reason?: string;

  @TextListField({ ...SUPPLEMENT_ITEMS, example: ['Tờ khai đăng ký khai sinh (ảnh rõ)'] })
  items?: string[];
}

export class SubmissionRefusalRequestDto {
  @TextField({ ...REASON, example: 'Thủ tục không thuộc thẩm quyền của xã, phường' })
  reason?: string;
}

export class ListSubmissionsQueryDto {
  @CommuneCodeField()
  communeCode: string;

  @EnumField({
    label: 'Trạng thái',
    values: SUBMISSION_STATUSES,
    optional: true,
    example: 'submitted',
  })
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
