import { Injectable, Logger } from '@nestjs/common';

import { Clock } from '@libs/clock';
import {
  DeadlineOverdueV1,
  DeadlineRescheduledV1,
  DossierReceivedV1,
  EventEnvelope,
  FeedbackCaseOpenedV1,
  SurveyReminderDueV1,
} from '@libs/contracts';

import { DossierApplicantStore } from '../domain/dossier-applicant.store';
import { dossierSubjectKey } from '../domain/letter';
import { LetterStore } from '../domain/letter.store';
import {
  apologyLetterRequest,
  DossierFacts,
  overdueApologyLetterRequest,
  surveyReminderLetterRequest,
  thankYouLetterRequest,
} from '../domain/letter-requests';
import { DraftOutcome, LetterDraftingService } from './letter-drafting.service';

export type ApologyOutcome = DraftOutcome | 'not-a-dossier' | 'parked';
export type ReminderOutcome = DraftOutcome | 'dossier-unknown' | 'no-electronic-contact';
export type OverdueApologyOutcome =
  DraftOutcome | 'not-a-dossier' | 'already-apologised' | 'dossier-unknown';

/**
 * The letters the "5 biết" ask for towards citizens who deal with the office: an apology
 * with the new appointment when a dossier will be late, thanks for feedback, and the
 * reminder of a survey not yet answered.
 */
@Injectable()
export class CitizenLettersService {
  private readonly logger = new Logger(CitizenLettersService.name);

  constructor(
    private readonly drafting: LetterDraftingService,
    private readonly dossiers: DossierApplicantStore,
    private readonly letters: LetterStore,
    private readonly clock: Clock,
  ) {}

  /**
   * Remembers who applied (to address a later apology), then writes an apology that was
   * waiting for this dossier. Remembering first and looking second, while the apology side
   * parks first and looks second, means one of the two always sees the other.
   */
  async rememberDossier(envelope: EventEnvelope<DossierReceivedV1>): Promise<void> {
    const event = envelope.data;
    const facts: DossierFacts = {
      dossierId: event.dossierId,
      dossierCode: event.dossierCode,
      communeCode: event.communeCode,
      provinceCode: event.provinceCode,
      procedureName: event.procedureName,
      receivedAt: new Date(event.receivedAt),
      dueAt: new Date(event.dueAt),
      applicant: {
        fullName: event.applicant.fullName,
        ...(event.applicant.addressLine ? { addressLine: event.applicant.addressLine } : {}),
        ...(event.applicant.email ? { email: event.applicant.email } : {}),
        ...(event.applicant.phone ? { phone: event.applicant.phone } : {}),
        ...(event.applicant.sex ? { sex: event.applicant.sex } : {}),
        ...(event.applicant.dateOfBirth ? { dateOfBirth: event.applicant.dateOfBirth } : {}),
      },
    };
    await this.dossiers.remember(facts);
    const waiting = await this.dossiers.parked(event.dossierId);
    if (waiting) {
      const stored = await this.dossiers.find(event.dossierId);
      await this.drafting.draft(
        apologyLetterRequest(waiting.data, stored ?? facts),
        waiting,
        new Date(waiting.data.previousDueAt),
      );
      await this.dossiers.unpark(event.dossierId);
    }
  }

  /**
   * Mẫu 04 for a rescheduled dossier. When the dossier is not known yet (the reschedule was
   * read before the dossier, as in a replay from the beginning), the request is parked and
   * completed by rememberDossier: nothing is lost and no partition is held up waiting.
   */
  async apologise(envelope: EventEnvelope<DeadlineRescheduledV1>): Promise<ApologyOutcome> {
    const event = envelope.data;
    if (event.subjectType !== 'dossier') {
      // Petition deadlines are the feedback service's; their citizens hear from it.
      return 'not-a-dossier';
    }
    let dossier = await this.dossiers.find(event.subjectId);
    if (!dossier) {
      await this.dossiers.park(event.subjectId, envelope, this.clock.now());
      dossier = await this.dossiers.find(event.subjectId);
      if (!dossier) {
        this.logger.warn(
          `Apology for dossier ${event.subjectCode} parked until its dossier.received arrives`,
        );
        return 'parked';
      }
    }
    const outcome = await this.drafting.draft(
      apologyLetterRequest(event, dossier),
      envelope,
      new Date(event.previousDueAt),
    );
    await this.dossiers.unpark(event.subjectId);
    return outcome;
  }

  /**
   * A dossier that went overdue without ever being rescheduled still gets an apology, drafted
   * at once ("5 biết": biết xin lỗi). One that was rescheduled already has its Mẫu 04.
   */
  async apologiseForOverdue(
    envelope: EventEnvelope<DeadlineOverdueV1>,
  ): Promise<OverdueApologyOutcome> {
    const event = envelope.data;
    if (event.subjectType !== 'dossier') {
      return 'not-a-dossier';
    }
    if (await this.letters.findBySubject('apology', dossierSubjectKey(event.subjectId))) {
      return 'already-apologised';
    }
    const dossier = await this.dossiers.find(event.subjectId);
    if (!dossier) {
      // Every overdue dossier was received days earlier; only a partial replay lands here.
      this.logger.warn(`Overdue dossier ${event.subjectCode} unknown here: no apology drafted`);
      return 'dossier-unknown';
    }
    return this.drafting.draft(overdueApologyLetterRequest(event, dossier), envelope);
  }

  /** A thank-you to a citizen who gave feedback and left a name; anonymous feedback gets none. */
  async thank(envelope: EventEnvelope<FeedbackCaseOpenedV1>): Promise<DraftOutcome | 'anonymous'> {
    const request = thankYouLetterRequest(envelope.data);
    if (!request) {
      return 'anonymous';
    }
    return this.drafting.draft(request, envelope);
  }

  /**
   * The survey service's reminder, sent to the applicant by e-mail or SMS. The applicant is
   * known from dossier.received, which every returned dossier had long before its reminder.
   */
  async remindSurvey(envelope: EventEnvelope<SurveyReminderDueV1>): Promise<ReminderOutcome> {
    const event = envelope.data;
    const dossier = await this.dossiers.find(event.dossierId);
    if (!dossier) {
      this.logger.warn(`Survey reminder for unknown dossier ${event.dossierCode}: none sent`);
      return 'dossier-unknown';
    }
    const request = surveyReminderLetterRequest(event, dossier, this.clock.now());
    if (!request) {
      return 'no-electronic-contact';
    }
    return this.drafting.draft(request, envelope);
  }
}
