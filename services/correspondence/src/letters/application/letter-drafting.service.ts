import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';

import { AuditEntry, auditEntry } from '@libs/audit';
import { Clock } from '@libs/clock';
import { EventEnvelope, LETTER_CREATED_V1, LetterCreatedV1 } from '@libs/contracts';
import { oneStopCentre } from '@libs/documents';
import { EventFactory, NonRetriableEventError, OutboxEntry, OutboxRelay } from '@libs/messaging';
import { Commune, CommuneDirectory } from '@libs/reference-data';

import { CorrespondenceEnvironment } from '../../config/correspondence.environment';
import { LetterSettingsService } from '../../settings/application/letter-settings.service';
import { kindSetting, LetterSettings } from '../../settings/domain/letter-settings';
import { LetterTemplatesService } from '../../templates/application/letter-templates.service';
import { communeNameInText, composeLetter } from '../domain/compose-letter';
import { Letter } from '../domain/letter';
import { LetterStore } from '../domain/letter.store';
import { AvailableChannels, chooseChannel } from '../domain/letter-lifecycle';
import { LetterRequest } from '../domain/letter-requests';
import { checkOccasion, WindowCheck } from '../domain/occasion-window';
import { SkippedOccasionStore } from '../domain/skipped-occasion.store';
import { LetterNumbering } from './letter-numbering.service';
import { LetterTransitions } from './letter-transitions.service';

export type DraftOutcome =
  'created' | 'duplicate' | 'not-sent-by-commune' | 'outside-window' | 'no-electronic-channel';

const HOUR_MS = 3_600_000;
const APOLOGY_KINDS: readonly string[] = ['apology', 'overdue-apology'];

/**
 * Writes the one letter a triggering fact calls for, in the commune's current wording, and
 * either leaves it for a leader's approval or queues it at once, as the commune configured.
 */
@Injectable()
export class LetterDraftingService {
  private readonly logger = new Logger(LetterDraftingService.name);
  private readonly channels: AvailableChannels;

  constructor(
    private readonly letters: LetterStore,
    private readonly transitions: LetterTransitions,
    private readonly events: EventFactory,
    private readonly relay: OutboxRelay,
    private readonly communes: CommuneDirectory,
    private readonly settings: LetterSettingsService,
    private readonly templates: LetterTemplatesService,
    private readonly skipped: SkippedOccasionStore,
    private readonly numbering: LetterNumbering,
    private readonly clock: Clock,
    environment: CorrespondenceEnvironment,
  ) {
    this.channels = { email: environment.SMTP_URL !== '', sms: environment.SMS_HTTP_URL !== '' };
  }

  /** Whether the request's event is recent enough for a letter, under the commune's windows. */
  windowCheck(request: LetterRequest, settings: LetterSettings): WindowCheck | undefined {
    return request.occasion
      ? checkOccasion(request.kind, request.occasion, settings.occasionWindows)
      : undefined;
  }

  /**
   * Drafts the letter, or records that a valid event outside its window gets none. With
   * `respondBy`, an apology needing approval must be approved by then at the latest.
   */
  async draft(
    request: LetterRequest,
    envelope: EventEnvelope,
    respondBy?: Date,
  ): Promise<DraftOutcome> {
    const commune = this.communes.find(request.communeCode);
    if (!commune) {
      throw new NonRetriableEventError(
        'COMMUNE.UNKNOWN',
        `No 2025 commune has code ${request.communeCode}`,
      );
    }
    // A fact already answered is answered: the letter stays as it is.
    const existing = await this.letters.findBySubject(request.kind, request.subjectKey);
    if (existing) {
      return 'duplicate';
    }
    const settings = await this.settings.effective(commune);
    const check = this.windowCheck(request, settings);
    if (check && !check.within && request.occasion) {
      // A late registration is valid and acknowledged: recorded as "no letter", not dead-lettered.
      await this.skipped.record(
        { ...request, occasion: request.occasion },
        commune.provinceCode,
        check,
        envelope,
        this.clock.now(),
      );
      this.logger.log(
        `${request.subjectKey}: no ${request.kind} letter, registered ${check.days} days after the event (window ${check.windowDays})`,
      );
      return 'outside-window';
    }
    return this.write(request, envelope, commune, settings, respondBy);
  }

  /** Writes the letter regardless of its window (the caller checked it). */
  async write(
    request: LetterRequest,
    envelope: EventEnvelope,
    commune: Commune,
    settings: LetterSettings,
    respondBy?: Date,
  ): Promise<DraftOutcome> {
    const setting = kindSetting(settings, request.kind);
    if (!setting.enabled) {
      this.logger.log(
        `${commune.code} does not send ${request.kind} letters; ${request.subjectKey} skipped`,
      );
      return 'not-sent-by-commune';
    }
    const template = await this.templates.current(commune.code, request.kind);
    const now = this.clock.now();
    const naming = this.settings.naming(settings);
    const values = {
      ...request.values,
      communeName: communeNameInText(commune, naming),
      oneStopCentre: oneStopCentre(commune, naming, settings.oneStopCentreName).inSentence,
    };
    const channel = chooseChannel(request.recipient, this.channels);
    if (channel === 'print' && request.electronicOnly) {
      this.logger.log(
        `${request.subjectKey}: no e-mail or SMS reaches the recipient here; no ${request.kind} sent`,
      );
      return 'no-electronic-channel';
    }
    const approved = !setting.approvalRequired;
    // An apology waiting for a leader has a deadline: never later than the original due time.
    const approvalDueAt =
      !approved && APOLOGY_KINDS.includes(request.kind)
        ? new Date(
            Math.min(
              now.getTime() + settings.apologyApproval.withinHours * HOUR_MS,
              respondBy?.getTime() ?? Number.POSITIVE_INFINITY,
            ),
          )
        : undefined;
    const letter: Letter = {
      id: randomUUID(),
      communeCode: commune.code,
      provinceCode: commune.provinceCode,
      kind: request.kind,
      subjectKey: request.subjectKey,
      recipientName: request.recipient.name,
      ...(request.recipient.addressLine ? { recipientAddress: request.recipient.addressLine } : {}),
      ...(request.recipient.email ? { recipientEmail: request.recipient.email } : {}),
      ...(request.recipient.phone ? { recipientPhone: request.recipient.phone } : {}),
      content: composeLetter({
        wording: template,
        values,
        commune,
        naming,
        signer: settings.signer,
        writtenAt: now,
      }),
      values,
      template: { version: template.version, source: template.source },
      status: approved ? 'approved' : 'draft',
      channel,
      times: approved ? { approvedAt: now } : {},
      delivery: {
        attempts: 0,
        // Paper waits for the daily print batch; e-mail and SMS are due at once.
        ...(approved && channel !== 'print' ? { nextAttemptAt: now } : {}),
      },
      resends: [],
      triggeredBy: { eventId: envelope.id, eventType: envelope.type },
      createdAt: now,
      ...(approvalDueAt ? { approval: { dueAt: approvalDueAt } } : {}),
    };
    const actor = { subject: `event:${envelope.type}:${envelope.id}`, roles: ['system'] };
    const outbox: OutboxEntry[] = [this.createdEvent(letter, now, envelope.time)];
    const audit: AuditEntry[] = [
      auditEntry(
        actor,
        'letter.created',
        [{ field: 'status', to: JSON.stringify('draft') }],
        now,
        envelope.correlationid,
      ),
    ];
    if (approved) {
      // The commune needs no approval for this kind: the letter is approved as it is written.
      outbox.push(this.transitions.statusEvent(letter, 'draft', letter, now));
      audit.push(
        auditEntry(
          actor,
          'letter.approved',
          [{ field: 'status', from: JSON.stringify('draft'), to: JSON.stringify('approved') }],
          now,
          envelope.correlationid,
        ),
      );
    }
    const inserted = await this.letters.insertOnce(letter, outbox, audit);
    if (!inserted) {
      // A concurrent delivery of the same fact won the race.
      return 'duplicate';
    }
    this.relay.wake();
    if (approved) {
      await this.numbering.ensureNumber(letter, settings);
    }
    return 'created';
  }

  /** `occasionAt` is the triggering event's business time: reports count the letter then. */
  private createdEvent(letter: Letter, now: Date, occasionAt: string): OutboxEntry {
    return this.events.create(
      LETTER_CREATED_V1,
      Object.assign(new LetterCreatedV1(), {
        letterId: letter.id,
        communeCode: letter.communeCode,
        kind: letter.kind,
        subjectKey: letter.subjectKey,
        recipientName: letter.recipientName,
        createdAt: now.toISOString(),
        occasionAt: new Date(occasionAt).toISOString(),
      }),
      { subject: letter.id, time: now, communeCode: letter.communeCode },
    );
  }
}
