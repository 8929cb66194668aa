import { endOfVietnamDay } from '@libs/clock';

import {
  PlannedDossier,
  PlannedFeedback,
  planScenario,
  ProcedureFacts,
  ScenarioPlan,
} from '../domain/plan';
import { compareReport, Difference, reportFigures } from '../domain/report';
import { Scenario } from '../domain/scenario';
import { ApiClient, ApiError, forEachBounded } from '../infrastructure/api-client';

export interface ServiceUrls {
  intake: string;
  deadline: string;
  correspondence: string;
  survey: string;
  feedback: string;
  reporting: string;
}

export type Role = 'officer' | 'leader' | 'system';

export interface RunnerOptions {
  urls: ServiceUrls;
  /** A bearer token for the role, issued for the scenario's commune. */
  tokenFor: (role: Role) => Promise<string>;
  concurrency: number;
  healthTimeoutMs: number;
  settleTimeoutMs: number;
  progress: (line: string) => void;
}

export interface RunOutcome {
  report: Record<string, unknown>;
  differences: Difference[];
}

interface DossierResponse {
  dossierId: string;
  status: string;
  fee?: { amountVnd: number; status: string };
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
const POLL_MS = 500;
const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
/** A box is opened at the end of the working day its letters are counted on. */
const BOX_OPENED_AT = '16:30:00';
/** An answer on time goes out two days after receipt; a late one a day after the deadline. */
const ANSWER_AFTER_MS = 48 * HOUR_MS;
const LATE_BY_MS = 24 * HOUR_MS;

/**
 * Replays a scenario through the public HTTP APIs. Role system wherever the format needs a
 * historical time: dossiers imported with their receipt, payment, processing and return; late
 * ones apologised for with one new appointment when the law wants it; survey answers keyed as
 * paper forms from the return slip's code; suggestion-box openings and their answers. The
 * officer assigns cases and the leader approves drafted letters. Then it waits for the report
 * to settle.
 */
export class ScenarioRunner {
  private readonly api = new ApiClient();
  private readonly tokens = new Map<Role, string>();
  /** The commune's survey questions, read once. */
  private questions: Promise<SurveyQuestion[]> | undefined;

  constructor(
    private readonly scenario: Scenario,
    private readonly options: RunnerOptions,
  ) {}

  /** The idempotency key of one request: scenario name, seed, the record's place, the step. */
  key(ref: string, step: string): string {
    return `scn:${this.scenario.name}:${this.scenario.seed}:${ref}:${step}`;
  }

  async run(provinceCode: string): Promise<RunOutcome> {
    await this.waitHealthy();
    for (const role of ['officer', 'leader', 'system'] as const) {
      this.tokens.set(role, await this.options.tokenFor(role));
    }
    // Planning needs only the public catalogue; a file naming an unknown procedure fails here,
    // before anything is written.
    const plan = planScenario(this.scenario, await this.procedures(), provinceCode);
    const started = Date.now();
    await this.replayDossiers(plan);
    await this.replayFeedback(plan);
    await this.answerSurveys(plan);
    await this.approveDrafts();
    this.options.progress(`replayed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    const report = reportFigures(await this.settledReport());
    return { report, differences: compareReport(this.scenario.expect ?? {}, report) };
  }

  private token(role: Role): string {
    const token = this.tokens.get(role);
    if (!token) {
      throw new Error(`No token for ${role}`);
    }
    return token;
  }

  private async waitHealthy(): Promise<void> {
    const deadline = Date.now() + this.options.healthTimeoutMs;
    for (const [name, url] of Object.entries(this.options.urls)) {
      for (;;) {
        const ready = await fetch(`${url}/health/ready`).then(
          (response) => response.ok,
          () => false,
        );
        if (ready) {
          break;
        }
        if (Date.now() > deadline) {
          throw new Error(`${name} at ${url} is not ready (GET /health/ready)`);
        }
        await sleep(POLL_MS);
      }
    }
    this.options.progress('all services ready');
  }

  private async procedures(): Promise<Map<string, ProcedureFacts>> {
    const list = await this.api.get<ProcedureFacts[]>(
      `${this.options.urls.intake}/v1/procedures?communeCode=${this.scenario.commune}`,
    );
    return new Map(list.map((procedure) => [procedure.key, procedure]));
  }

  private async replayDossiers(plan: ScenarioPlan): Promise<void> {
    let done = 0;
    const timer = setInterval(
      () =>
        this.options.progress(
          `dossiers ${done}/${plan.dossiers.length}, ${this.api.sent} requests`,
        ),
      5000,
    );
    try {
      await forEachBounded(plan.dossiers, this.options.concurrency, async (dossier) => {
        await this.replayDossier(dossier);
        done++;
      });
    } finally {
      clearInterval(timer);
    }
    this.options.progress(`dossiers ${done}/${plan.dossiers.length} returned`);
  }

  /**
   * One request for a dossier returned on time: the import carries its payment, processing
   * and return. A late one is imported as received, apologised for with its new appointment
   * at the time the law wants, then processed and returned.
   */
  private async replayDossier(planned: PlannedDossier): Promise<void> {
    const { intake } = this.options.urls;
    const system = this.token('system');
    let dossier = await this.api.post<DossierResponse>(
      `${intake}/v1/dossiers/imports`,
      this.importBody(planned),
      { token: system, idempotencyKey: this.key(planned.ref, 'import') },
    );
    if (dossier.fee?.status === 'unpaid') {
      dossier = await this.api.post<DossierResponse>(
        `${intake}/v1/dossiers/${dossier.dossierId}/payments`,
        {
          amountVnd: dossier.fee.amountVnd,
          method: planned.payment.method,
          paidAt: planned.payment.paidAt.toISOString(),
        },
        { token: system },
      );
    }
    if (planned.late && dossier.status === 'received') {
      await this.apologise(dossier.dossierId, planned.late);
    }
    if (dossier.status === 'received') {
      dossier = await this.changeStatus(dossier.dossierId, 'processed', planned.processedAt);
    }
    if (dossier.status === 'processed') {
      await this.changeStatus(dossier.dossierId, 'result-returned', planned.returnedAt);
    }
    (planned as PlannedDossier & { dossierId?: string }).dossierId = dossier.dossierId;
  }

  private changeStatus(id: string, to: string, at: Date): Promise<DossierResponse> {
    return this.api.post<DossierResponse>(
      `${this.options.urls.intake}/v1/dossiers/${id}/status-changes`,
      { to, at: at.toISOString() },
      { token: this.token('system') },
    );
  }

  /**
   * The apology with the one new appointment, at the time it was made (role system): the
   * deadline service owns the appointment.
   */
  private async apologise(
    dossierId: string,
    late: NonNullable<PlannedDossier['late']>,
  ): Promise<void> {
    const deadline = await this.poll(() =>
      this.api
        .get<{
          deadlineId: string;
        }>(
          `${this.options.urls.deadline}/v1/deadlines/by-subject/${dossierId}`,
          this.token('officer'),
        )
        .catch((error: unknown) => {
          if (error instanceof ApiError && error.status === 404) {
            return undefined;
          }
          throw error;
        }),
    );
    try {
      await this.api.post(
        `${this.options.urls.deadline}/v1/deadlines/${deadline.deadlineId}/reschedule`,
        {
          reason:
            'Hồ sơ cần xác minh thêm thông tin tại cơ quan có liên quan nên chưa thể trả kết quả đúng hẹn.',
          newDueAt: late.newDueAt.toISOString(),
          rescheduledAt: late.apologyAt.toISOString(),
        },
        { token: this.token('system') },
      );
    } catch (error) {
      // A second run finds the appointment already moved: the one reschedule is done.
      if (!(error instanceof ApiError && error.status === 409)) {
        throw error;
      }
    }
  }

  private importBody(planned: PlannedDossier): Record<string, unknown> {
    const civil = planned.civilStatus;
    const address = { line: planned.applicant.addressLine };
    return {
      communeCode: this.scenario.commune,
      procedureKey: planned.procedure,
      receivedAt: planned.receivedAt.toISOString(),
      // How the fee was paid, if one was due (the import ignores it for a free procedure).
      payment: { method: planned.payment.method, paidAt: planned.payment.paidAt.toISOString() },
      ...(planned.late
        ? {}
        : {
            processedAt: planned.processedAt.toISOString(),
            returnedAt: planned.returnedAt.toISOString(),
          }),
      applicant: {
        fullName: planned.applicant.fullName,
        addressLine: planned.applicant.addressLine,
      },
      ...(civil?.kind === 'birth'
        ? {
            birth: {
              child: {
                fullName: civil.child.fullName,
                dateOfBirth: civil.child.dateOfBirth,
                sex: civil.child.sex,
              },
              father: { fullName: civil.father.fullName },
              mother: { fullName: civil.mother.fullName },
              address,
            },
          }
        : {}),
      ...(civil?.kind === 'marriage'
        ? {
            marriage: {
              husband: { fullName: civil.husband.fullName },
              wife: { fullName: civil.wife.fullName },
              address,
            },
          }
        : {}),
      ...(civil?.kind === 'death'
        ? {
            death: {
              deceased: {
                fullName: civil.deceased.fullName,
                dateOfDeath: civil.deceased.dateOfDeath,
              },
              family: { fullName: civil.family.fullName, relationship: 'con' },
              address,
            },
          }
        : {}),
    };
  }

  private async replayFeedback(plan: ScenarioPlan): Promise<void> {
    if (plan.feedback.length === 0 && plan.boxes.length === 0) {
      return;
    }
    const { feedback: url } = this.options.urls;
    const officer = this.token('officer');
    const existing = await this.api.get<{ boxId: string; name: string }[]>(
      `${url}/v1/suggestion-boxes?communeCode=${this.scenario.commune}`,
      officer,
    );
    const boxIds: string[] = [];
    for (const box of plan.boxes) {
      const found = existing.find((candidate) => candidate.name === box.name);
      const id =
        found?.boxId ??
        (
          await this.api.post<{ boxId: string }>(
            `${url}/v1/suggestion-boxes`,
            {
              communeCode: this.scenario.commune,
              name: box.name,
              locationKind: 'one-stop-desk',
              address: 'Bộ phận một cửa, trụ sở Ủy ban nhân dân',
            },
            { token: officer, idempotencyKey: this.key(box.ref, 'box') },
          )
        ).boxId;
      boxIds.push(id);
    }
    // One opening per box and day, with every letter found in it.
    const openings = new Map<string, PlannedFeedback[]>();
    for (const item of plan.feedback.filter((entry) => entry.box !== undefined)) {
      const group = `${item.box}:${item.submittedOn}`;
      openings.set(group, [...(openings.get(group) ?? []), item]);
    }
    let answered = 0;
    // Opened at the end of the day (role system, with that time), each letter a recommendation
    // the office owes an answer to; answered at once, so no deadline is left open meanwhile.
    await forEachBounded([...openings.values()], this.options.concurrency, async (letters) => {
      const first = letters[0];
      const receivedAt = new Date(`${first.submittedOn}T${BOX_OPENED_AT}+07:00`);
      const opening = await this.api.post<{ cases: { caseId: string }[] }>(
        `${url}/v1/suggestion-boxes/${boxIds[first.box as number]}/openings`,
        {
          openedOn: first.submittedOn,
          receivedAt: receivedAt.toISOString(),
          officersPresent: ['Cán bộ một cửa', 'Đại diện Mặt trận Tổ quốc'],
          letters: letters.map((letter) => ({
            kind: 'recommendation',
            content: 'Đề nghị Ủy ban nhân dân phường quan tâm sửa chữa đèn chiếu sáng ngõ phố.',
            contact: {
              fullName: letter.writer.fullName,
              phone: letter.writer.phone,
              addressLine: letter.writer.addressLine,
            },
          })),
        },
        { token: this.token('system'), idempotencyKey: this.key(first.ref, 'opening') },
      );
      for (const [index, entry] of opening.cases.entries()) {
        await this.answerCase(entry.caseId, receivedAt, letters[index].answeredLate);
        answered++;
      }
    });
    this.options.progress(`feedback ${answered}/${plan.feedback.length} answered`);
  }

  /**
   * Assigned by the officer, answered (role system) at its historical time: on time well
   * before the office's response deadline, or a day after it.
   */
  private async answerCase(caseId: string, receivedAt: Date, late: boolean): Promise<void> {
    const { feedback: url } = this.options.urls;
    const officer = this.token('officer');
    const current = await this.api.get<{ status: string; expectedAnswerAt?: string }>(
      `${url}/v1/feedback-cases/${caseId}`,
      officer,
    );
    const due = current.expectedAnswerAt ? new Date(current.expectedAnswerAt) : undefined;
    // Inside the period: the report counts the answers of the period.
    const latest = endOfVietnamDay(this.scenario.period.to).getTime() - MINUTE_MS;
    const answeredAt = late
      ? new Date((due?.getTime() ?? receivedAt.getTime()) + LATE_BY_MS)
      : new Date(
          Math.max(
            receivedAt.getTime() + MINUTE_MS,
            Math.min(
              receivedAt.getTime() + ANSWER_AFTER_MS,
              (due?.getTime() ?? Number.POSITIVE_INFINITY) - HOUR_MS,
              latest,
            ),
          ),
        );
    if (current.status === 'received') {
      await this.api.post(
        `${url}/v1/feedback-cases/${caseId}/assign`,
        { assignee: { type: 'officer', id: 'officer-local', name: 'Cán bộ một cửa' } },
        { token: officer },
      );
    }
    if (current.status === 'received' || current.status === 'assigned') {
      await this.api.post(
        `${url}/v1/feedback-cases/${caseId}/answer`,
        {
          answer:
            'Ủy ban nhân dân phường đã tiếp thu ý kiến và chỉ đạo bộ phận chuyên môn khắc phục.',
          publicSummary: 'Đề nghị sửa chữa đèn chiếu sáng ngõ phố.',
          answeredAt: answeredAt.toISOString(),
        },
        { token: this.token('system') },
      );
    }
  }

  /**
   * The citizen's paper form, keyed with the code on the return slip and the time it was
   * answered (role system: the format needs the historical time).
   */
  private async answerSurveys(plan: ScenarioPlan): Promise<void> {
    const withAnswers = plan.dossiers.filter((dossier) => dossier.survey) as (PlannedDossier & {
      dossierId?: string;
    })[];
    let done = 0;
    await forEachBounded(withAnswers, this.options.concurrency, async (dossier) => {
      const survey = dossier.survey as NonNullable<PlannedDossier['survey']>;
      await this.answerSurvey(dossier.dossierId as string, survey.rating, survey.answeredAt);
      if (++done % 100 === 0) {
        this.options.progress(`survey answers ${done}/${withAnswers.length}`);
      }
    });
  }

  private async answerSurvey(dossierId: string, rating: number, answeredAt: Date): Promise<void> {
    const { survey: url } = this.options.urls;
    const system = this.token('system');
    const slip = await this.poll(() =>
      this.api
        .get<{ code: string }>(`${url}/v1/invitations/by-dossier/${dossierId}`, system)
        .catch((error: unknown) => {
          if (error instanceof ApiError && error.status === 404) {
            return undefined;
          }
          // Revealed by an earlier run: that run answered it.
          if (
            error instanceof ApiError &&
            (error.code === 'SURVEY.INVITATION_ALREADY_REVEALED' ||
              error.code === 'SURVEY.INVITATION_CLOSED')
          ) {
            return { code: '' };
          }
          throw error;
        }),
    );
    if (!slip.code) {
      return;
    }
    const enter = async (questions: SurveyQuestion[]): Promise<void> => {
      await this.api.post(
        `${url}/v1/paper-answers`,
        {
          code: slip.code,
          answers: answersFor(questions, rating),
          answeredAt: answeredAt.toISOString(),
        },
        { token: system },
      );
    };
    // The commune's questionnaire is read once through the public form (its rate limit is
    // per address); a form that asks other questions is read again for its own code.
    this.questions ??= this.questionnaireOf(slip.code);
    try {
      await enter(await this.questions);
    } catch (error) {
      if (!(error instanceof ApiError && error.code === 'SURVEY.ANSWER_INVALID')) {
        throw error;
      }
      await enter(await this.questionnaireOf(slip.code));
    }
  }

  private async questionnaireOf(code: string): Promise<SurveyQuestion[]> {
    const form = await this.api.get<{ questions: SurveyQuestion[] }>(
      `${this.options.urls.survey}/v1/public/surveys/${encodeURIComponent(code)}`,
    );
    return form.questions;
  }

  /** Letters waiting for the leader are approved, so they go out and count. */
  private async approveDrafts(): Promise<void> {
    const { correspondence: url } = this.options.urls;
    const leader = this.token('leader');
    let approved = 0;
    let quietRounds = 0;
    const deadline = Date.now() + this.options.settleTimeoutMs;
    // Letters are drafted from events as they arrive: approve until no new draft appears.
    while (quietRounds < 3 && Date.now() < deadline) {
      const drafts = await this.api.get<{ letterId: string }[]>(
        `${url}/v1/letters?communeCode=${this.scenario.commune}&status=draft&limit=200`,
        leader,
      );
      if (drafts.length === 0) {
        quietRounds++;
        await sleep(1000);
        continue;
      }
      quietRounds = 0;
      // One at a time, as a leader signs: each approval takes the next number in the
      // commune's letter book, and concurrent claims on one book contend.
      await forEachBounded(drafts, 1, async (draft) => {
        await this.api
          .post(`${url}/v1/letters/${draft.letterId}/approve`, {}, { token: leader })
          .catch((error: unknown) => {
            if (!(error instanceof ApiError && error.status === 409)) {
              throw error;
            }
          });
        approved++;
      });
    }
    this.options.progress(`letters approved: ${approved}`);
  }

  /** Waits until reporting has read every event and the figures stop changing. */
  private async settledReport(): Promise<Record<string, unknown>> {
    const { reporting: url } = this.options.urls;
    const leader = this.token('leader');
    const { from, to } = this.scenario.period;
    const reportUrl = `${url}/v1/reports/communes/${this.scenario.commune}?from=${from}&to=${to}`;
    const deadline = Date.now() + this.options.settleTimeoutMs;
    let previous = '';
    let stable = 0;
    for (;;) {
      const status = await this.api.get<{ lag: number }>(`${url}/v1/reports/status`, leader);
      const report = await this.api.get<Record<string, unknown>>(reportUrl, leader);
      const figures = JSON.stringify(reportFigures(report));
      stable = status.lag === 0 && figures === previous ? stable + 1 : 0;
      previous = figures;
      if (stable >= 3) {
        return report;
      }
      if (Date.now() > deadline) {
        this.options.progress(`report did not settle (lag ${status.lag}); using the last one`);
        return report;
      }
      await sleep(1000);
    }
  }

  private async poll<T>(read: () => Promise<T | undefined>): Promise<T> {
    const deadline = Date.now() + this.options.settleTimeoutMs;
    for (;;) {
      const value = await read();
      if (value !== undefined) {
        return value;
      }
      if (Date.now() > deadline) {
        throw new Error('Timed out waiting for the system to process an event');
      }
      await sleep(POLL_MS);
    }
  }
}

interface SurveyQuestion {
  key: string;
  type: string;
  required: boolean;
  options?: { key: string }[];
}

/** The overall rating, and an answer in keeping with it to every other required question. */
function answersFor(questions: readonly SurveyQuestion[], rating: number): Record<string, unknown> {
  const answers: Record<string, unknown> = { overall: rating };
  for (const question of questions) {
    if (question.key in answers || !question.required) {
      continue;
    }
    answers[question.key] =
      question.type === 'rating'
        ? rating
        : question.type === 'yes-no'
          ? 'yes'
          : question.type === 'single-choice'
            ? question.options?.[0]?.key
            : question.type === 'multiple-choice'
              ? [question.options?.[0]?.key]
              : 'Không có ý kiến thêm.';
  }
  return answers;
}
