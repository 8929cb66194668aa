import { CommuneCodeField } from '@libs/service-kit';

export class ListQuestionnairesQueryDto {
  @CommuneCodeField()
  communeCode: string;
}
