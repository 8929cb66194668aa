import { Injectable } from '@nestjs/common';

import { assertCanRead, assertCanWrite, Principal, tenantScopeOf } from '@libs/auth';
import { Clock, startOfNextVietnamDay, startOfVietnamDay } from '@libs/clock';
import { LetterChannel, LetterKind, LetterStatus } from '@libs/contracts';
import { renderOfficialDocumentPdf } from '@libs/documents';
import { DomainError } from '@libs/errors';
import { CommuneDirectory } from '@libs/reference-data';

import { CorrespondenceEnvironment } from '../../config/correspondence.environment';
import { Letter } from '../domain/letter';
import { LetterErrors } from '../domain/letter.errors';
import { LetterStore } from '../domain/letter.store';
import { LetterCounts, LetterCountStore } from '../domain/letter-count.store';
import { channelReaches, CONFIRMABLE, RESENDABLE } from '../domain/letter-lifecycle';
import { toOfficialDocument } from '../domain/letter-renditions';
import { LetterNumbering } from './letter-numbering.service';
import { LetterTransitions } from './letter-transitions.service';

export interface RegisterQuery {
  communeCode?: string;
  kind?: LetterKind;
  status?: LetterStatus;
  subjectKey?: string;
  recipient?: string;
  /** Vietnam calendar dates, both included. */
  from?: string;
  to?: string;
  limit: number;
}

/**
 * The letter register: what was written to whom, in which status, and the actions officers
 * and leaders take on a letter (approve, resend, confirm delivery).
 */
@Injectable()
export class LetterRegisterService {
  private readonly availableChannels: Record<LetterChannel, boolean>;

  constructor(
    private readonly letters: LetterStore,
    private readonly counts: LetterCountStore,
    private readonly transitions: LetterTransitions,
    private readonly numbering: LetterNumbering,
    private readonly communes: CommuneDirectory,
    private readonly clock: Clock,
    environment: CorrespondenceEnvironment,
  ) {
    this.availableChannels = {
      print: true,
      email: environment.SMTP_URL !== '',
      sms: environment.SMS_HTTP_URL !== '',
    };
  }

  search(query: RegisterQuery, principal: Principal): Promise<Letter[]> {
    return this.letters.search({
      scope: tenantScopeOf(principal),
      ...(query.communeCode ? { communeCode: query.communeCode } : {}),
      ...(query.kind ? { kind: query.kind } : {}),
      ...(query.status ? { status: query.status } : {}),
      ...(query.subjectKey ? { subjectKey: query.subjectKey } : {}),
      ...(query.recipient ? { recipient: query.recipient } : {}),
      ...(query.from ? { createdFrom: startOfVietnamDay(query.from) } : {}),
      ...(query.to ? { createdBefore: startOfNextVietnamDay(query.to) } : {}),
      limit: query.limit,
    });
  }

  async get(id: string, principal: Principal): Promise<Letter> {
    // Another commune's letter is simply not found.
    const letter = await this.letters.findById(id, tenantScopeOf(principal));
    if (!letter) {
      throw LetterErrors.notFound(id);
    }
    return letter;
  }

  async pdf(id: string, principal: Principal): Promise<{ letter: Letter; pdf: Buffer }> {
    const letter = await this.get(id, principal);
    // The letter's own creation time keeps the file identical on every download.
    const pdf = await renderOfficialDocumentPdf(toOfficialDocument(letter), {
      creationDate: letter.createdAt,
    });
    return { letter, pdf };
  }

  async countsFor(
    communeCode: string,
    period: string,
    principal: Principal,
  ): Promise<LetterCounts> {
    const commune = this.communes.find(communeCode);
    if (!commune) {
      throw new DomainError(
        'COMMUNE.UNKNOWN',
        'not-found',
        `Không có xã, phường mã ${communeCode}.`,
      );
    }
    assertCanRead(principal, { communeCode, provinceCode: commune.provinceCode });
    return this.counts.countsFor(communeCode, period, tenantScopeOf(principal));
  }

  /** A leader approves a draft; e-mail and SMS go out with the next dispatch, paper with the batch. */
  async approve(id: string, principal: Principal): Promise<Letter> {
    const letter = await this.writable(id, principal);
    if (letter.status !== 'draft') {
      throw LetterErrors.wrongStatus('duyệt thư', letter.status);
    }
    const now = this.clock.now();
    const approved = this.settle(
      letter,
      await this.transitions.move(letter, {
        to: 'approved',
        action: 'letter.approved',
        actor: principal,
        changes: {
          approvedAt: now,
          ...(letter.channel !== 'print' ? { nextAttemptAt: now } : {}),
        },
      }),
    );
    // Approval issues the letter: it takes its number from the commune's register now.
    return this.numbering.ensureNumber(approved);
  }

  /**
   * Sends the same letter again (lost in the post, wrong address fixed, a failed e-mail): the
   * resend is recorded on the letter and it is queued again; no second letter is written.
   */
  async resend(
    id: string,
    request: { channel?: LetterChannel; note?: string },
    principal: Principal,
  ): Promise<Letter> {
    const letter = await this.writable(id, principal);
    if (!RESENDABLE.includes(letter.status)) {
      throw LetterErrors.wrongStatus('gửi lại thư', letter.status);
    }
    const channel = request.channel ?? letter.channel;
    const recipient = {
      name: letter.recipientName,
      ...(letter.recipientEmail ? { email: letter.recipientEmail } : {}),
      ...(letter.recipientPhone ? { phone: letter.recipientPhone } : {}),
    };
    if (!this.availableChannels[channel] || !channelReaches(channel, recipient)) {
      throw LetterErrors.channelCannotReach(channel);
    }
    const now = this.clock.now();
    return this.settle(
      letter,
      await this.transitions.move(letter, {
        to: 'approved',
        action: 'letter.resend-requested',
        actor: principal,
        changes: {
          channel,
          attempts: 0,
          lastError: null,
          nextAttemptAt: channel === 'print' ? null : now,
          printBatchId: null,
          providerReference: null,
        },
        resend: {
          at: now,
          by: principal.subject,
          channel,
          ...(request.note ? { note: request.note } : {}),
        },
      }),
    );
  }

  /** The recipient has the letter: handed over at the desk, confirmed by post or by reply. */
  async confirmDelivered(id: string, principal: Principal): Promise<Letter> {
    const letter = await this.writable(id, principal);
    if (!CONFIRMABLE.includes(letter.status)) {
      throw LetterErrors.wrongStatus('xác nhận đã nhận thư', letter.status);
    }
    return this.settle(
      letter,
      await this.transitions.move(letter, {
        to: 'delivered',
        action: 'letter.delivered',
        actor: principal,
        changes: { deliveredAt: this.clock.now() },
      }),
    );
  }

  private async writable(id: string, principal: Principal): Promise<Letter> {
    const letter = await this.get(id, principal);
    assertCanWrite(principal, letter);
    return letter;
  }

  private settle(letter: Letter, moved: Letter | null): Letter {
    if (!moved) {
      throw LetterErrors.changedMeanwhile(letter.id);
    }
    return moved;
  }
}
