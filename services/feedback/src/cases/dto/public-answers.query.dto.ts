import { CommuneCodeField, PageLimit } from '@libs/service-kit';

export class PublicAnswersQueryDto {
  @CommuneCodeField()
  communeCode: string;

  @PageLimit()
  limit?: number;
}
