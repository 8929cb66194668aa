import { CommuneCodeField, EnumField, PageLimit } from '@libs/service-kit';

import { DeadlineView } from '../domain/deadline.store';

export const DEADLINE_VIEWS: readonly DeadlineView[] = ['open', 'due-soon', 'overdue', 'closed'];

export class ListDeadlinesQueryDto {
  @CommuneCodeField({ optional: true })
  communeCode?: string;

  @EnumField({
    label: 'Tình trạng',
    values: DEADLINE_VIEWS,
    optional: true,
    default: 'open',
    description: 'open: every running clock; due-soon / overdue: open ones with that alarm raised',
  })
  state?: DeadlineView;

  @PageLimit()
  limit?: number;
}
