import { Injectable, Logger } from '@nestjs/common';

import { AuditActor, auditEntry } from '@libs/audit';
import { Clock, vietnamCalendarDate, vietnameseLongDate } from '@libs/clock';
import { DeadlineOverdueV1, EventEnvelope, SurveyDissatisfactionReportedV1 } from '@libs/contracts';
import { NonRetriableEventError } from '@libs/messaging';
import { CommuneDirectory } from '@libs/reference-data';

import { FeedbackCaseStore } from '../domain/feedback-case.store';
import { OpenCaseService } from './open-case.service';

const actorOf = (envelope: EventEnvelope): AuditActor => ({
  subject: `event:${envelope.type}:${envelope.id}`,
  roles: ['system'],
});

/**
 * What reaches the commune leader without anyone asking: a petition whose answer is
 * overdue, and a citizen's dissatisfied survey answer.
 */
@Injectable()
export class EscalationService {
  private readonly logger = new Logger(EscalationService.name);

  constructor(
    private readonly cases: FeedbackCaseStore,
    private readonly opener: OpenCaseService,
    private readonly communes: CommuneDirectory,
    private readonly clock: Clock,
  ) {}

  /**
   * Flags the overdue case for the leader, once: a redelivered event, or a second overdue
   * for the same case, finds it already escalated and changes nothing.
   */
  async escalateOverdue(
    envelope: EventEnvelope<DeadlineOverdueV1>,
  ): Promise<'escalated' | 'unchanged' | 'not-ours'> {
    const overdue = envelope.data;
    if (overdue.subjectType !== 'feedback-case') {
      return 'not-ours';
    }
    const feedbackCase = await this.cases.findByIdAsSystem(overdue.subjectId);
    if (!feedbackCase || feedbackCase.communeCode !== overdue.communeCode) {
      throw new NonRetriableEventError(
        'FEEDBACK_CASE.UNKNOWN',
        `No case ${overdue.subjectId} in commune ${overdue.communeCode}`,
      );
    }
    const now = this.clock.now();
    const dueAt = new Date(overdue.dueAt);
    const escalation = {
      to: 'leader' as const,
      escalatedAt: now,
      deadlineId: overdue.deadlineId,
      dueAt,
      reason: `Quá hạn trả lời (hạn ${vietnameseLongDate(vietnamCalendarDate(dueAt))}); chuyển lãnh đạo xã, phường chỉ đạo giải quyết.`,
    };
    const audit = auditEntry(
      actorOf(envelope),
      'feedback-case.escalated',
      [
        { field: 'escalated', from: 'false', to: 'true' },
        { field: 'escalation', to: JSON.stringify({ to: 'leader', dueAt: overdue.dueAt }) },
      ],
      now,
      envelope.correlationid,
    );
    const outcome = await this.cases.escalate(feedbackCase.id, escalation, audit);
    if (outcome === 'unchanged') {
      this.logger.log(
        `Case ${feedbackCase.code} already escalated or settled; overdue ${envelope.id} changes nothing`,
      );
    }
    return outcome;
  }

  /** One case per survey invitation, in the commune leader's hands from the start. */
  async openDissatisfactionCase(
    envelope: EventEnvelope<SurveyDissatisfactionReportedV1>,
  ): Promise<'created' | 'duplicate'> {
    const report = envelope.data;
    const commune = this.communes.find(report.communeCode);
    if (!commune) {
      throw new NonRetriableEventError(
        'COMMUNE.UNKNOWN',
        `No 2025 commune has code ${report.communeCode}`,
      );
    }
    const outcome = await this.opener.open({
      communeCode: commune.code,
      kind: 'dissatisfaction',
      channel: 'survey',
      category:
        report.failedConductItems.length > 0 ? 'officer-conduct' : 'administrative-procedure',
      content: describeDissatisfaction(report),
      origin: { type: 'survey', id: report.invitationId },
      sourceKey: `survey:${report.invitationId}`,
      assignee: { type: 'leader', name: `Lãnh đạo Ủy ban nhân dân ${commune.name}` },
      actor: actorOf(envelope),
      correlationId: envelope.correlationid,
    });
    return outcome.created ? 'created' : 'duplicate';
  }
}

/**
 * The survey's 5-3-4 conduct items (keys of survey.dissatisfaction-reported.v1) as the
 * office posts them: the leader reads the rule, not the internal key.
 */
const CONDUCT_ITEM_LABELS: Readonly<Record<string, string>> = {
  listen: 'Biết lắng nghe dân nói',
  'explain-clearly': 'Biết nói để dân hiểu',
  'act-trustworthy': 'Biết làm để dân tin',
  apologise: 'Biết xin lỗi',
  thank: 'Biết cảm ơn',
  'no-nuisance': 'Không gây phiền hà, sách nhiễu',
  'no-shirking': 'Không thoái thác trách nhiệm',
  'keep-appointment': 'Không trễ hẹn',
  respect: 'Thể hiện sự tôn trọng khi giao tiếp',
  courtesy: 'Thể hiện văn minh, lịch sự khi giải quyết công việc',
  'guide-carefully': 'Thể hiện lắng nghe đầy đủ, hướng dẫn thủ tục chu đáo, gần dân',
  'resolve-promptly': 'Thể hiện giải quyết kịp thời thắc mắc, kiến nghị chính đáng',
};

/** The case text the leader reads; the survey is anonymous, so it names nobody. */
export function describeDissatisfaction(report: SurveyDissatisfactionReportedV1): string {
  const lines = [
    'Người dân chưa hài lòng khi đánh giá sau khi nhận kết quả giải quyết thủ tục hành chính.',
    `Mức hài lòng chung: ${report.overallRating}/5.`,
  ];
  if (report.failedConductItems.length > 0) {
    // An item this service does not know yet is still shown, by its key.
    const items = report.failedConductItems.map((item) =>
      Object.hasOwn(CONDUCT_ITEM_LABELS, item) ? CONDUCT_ITEM_LABELS[item] : item,
    );
    lines.push(`Tiêu chí ứng xử chưa đạt: ${items.join('; ')}.`);
  }
  // Older reports carry only the internal key; the Vietnamese name is what the leader reads.
  const procedure = report.procedureName ?? report.procedureKey;
  if (procedure) {
    lines.push(`Thủ tục: ${procedure}.`);
  }
  if (report.officerId) {
    lines.push(`Cán bộ giải quyết: ${report.officerId}.`);
  }
  if (report.comment) {
    lines.push(`Ý kiến của người dân: "${report.comment}"`);
  }
  return lines.join('\n');
}
