import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';

import { auditEntry, diffSnapshots } from '@libs/audit';
import {
  assertCanWrite,
  assertSameRequest,
  idempotencyScope,
  Principal,
  requestFingerprint,
} from '@libs/auth';
import { Clock, vietnamCalendarDate } from '@libs/clock';
import { DOSSIER_RECEIVED_V1 } from '@libs/contracts';
import { EventFactory, OutboxRelay } from '@libs/messaging';
import { currentCorrelation } from '@libs/observability';
import { CommuneDirectory } from '@libs/reference-data';

import { ProcedureCatalogueService } from '../../procedures/application/procedure-catalogue.service';
import { PROVINCE_CIVIL_STATUS_FEES } from '../../procedures/data/province-civil-status-fees';
import { ProvinceCivilStatusFees } from '../../procedures/domain/fees';
import { DailySequenceRepository } from '../../sequences/daily-sequence.repository';
import { COMMUNE_INTAKE_SETTINGS, PROVINCE_AGENCY_PREFIXES } from '../data/commune-intake-settings';
import {
  IntakeSettings,
  intakeSettingsProblems,
  IntakeSettingsTables,
  resolveIntakeSettings,
} from '../domain/commune-intake-settings';
import { Dossier } from '../domain/dossier';
import { DossierErrors } from '../domain/dossier.errors';
import { DossierStore } from '../domain/dossier.store';
import { dossierCodeDay, formatDossierCode } from '../domain/dossier-code';
import { PreparedDossier, prepareDossier, ReceiveDossierRequest } from '../domain/dossier-rules';
import { generateLookupSecret, hashLookupSecret } from '../domain/dossier-secret';
import { dossierReceived } from './dossier-events';
import { DossierLifecycleService, ImportedHistory } from './dossier-lifecycle.service';

export interface ReceiptOutcome {
  dossier: Dossier;
  /** The lookup secret, only when the dossier was just created (it is stored hashed). */
  secret?: string;
  /** False when the same request (same Idempotency-Key) had already created the dossier. */
  created: boolean;
}

/**
 * The unique code index is what guarantees one number per dossier; the counter only says
 * where to start. A collision (an imported code, or a counter that fell behind) takes the
 * next number.
 */
const CODE_ATTEMPTS = 20;

const INTAKE_SETTINGS: IntakeSettingsTables = {
  prefixes: PROVINCE_AGENCY_PREFIXES,
  communes: COMMUNE_INTAKE_SETTINGS,
};
const settingsProblems = intakeSettingsProblems(INTAKE_SETTINGS);
if (settingsProblems.length > 0) {
  // A bad entry stops the service at start rather than issuing wrong codes.
  throw new RangeError(`Invalid commune intake settings: ${settingsProblems.join('; ')}`);
}

/** The commune's intake settings from the province's agency list and its own decisions. */
export function intakeSettingsOf(commune: { code: string; provinceCode: string }): IntakeSettings {
  return resolveIntakeSettings(commune, INTAKE_SETTINGS);
}

function civilStatusFeesOf(provinceCode: string | undefined): {
  civilStatusFees?: ProvinceCivilStatusFees;
} {
  const fees = PROVINCE_CIVIL_STATUS_FEES.find((entry) => entry.provinceCode === provinceCode);
  return fees ? { civilStatusFees: fees } : {};
}

@Injectable()
export class ReceiveDossierService {
  constructor(
    private readonly repository: DossierStore,
    private readonly catalogue: ProcedureCatalogueService,
    private readonly sequences: DailySequenceRepository,
    private readonly events: EventFactory,
    private readonly relay: OutboxRelay,
    private readonly communes: CommuneDirectory,
    private readonly clock: Clock,
    private readonly lifecycle: DossierLifecycleService,
  ) {}

  /**
   * Receives a dossier at the counter or online, or imports a historical one (with its own
   * receipt time and, optionally, its original code).
   */
  async receive(
    request: ReceiveDossierRequest,
    principal: Principal,
    options: { idempotencyKey?: string; importedCode?: string; history?: ImportedHistory } = {},
  ): Promise<ReceiptOutcome> {
    const fingerprint = requestFingerprint({
      ...request,
      importedCode: options.importedCode,
      ...(options.history ? { history: options.history } : {}),
    });
    const commune = this.communes.find(request.communeCode);
    if (commune) {
      assertCanWrite(principal, { communeCode: commune.code, provinceCode: commune.provinceCode });
    }
    // Tenancy first, then the replay: a key replays only what this account did for this
    // commune, and only while it may still write there.
    const requestKey = options.idempotencyKey
      ? idempotencyScope(principal, request.communeCode, options.idempotencyKey)
      : undefined;
    if (requestKey) {
      const earlier = await this.repository.findByRequestKey(requestKey);
      if (earlier) {
        return this.replay(earlier.requestFingerprint, fingerprint, earlier.dossier, principal);
      }
    }
    const prepared = await this.prepare(request, principal, options.importedCode);
    if (options.importedCode && (await this.repository.codeExists(options.importedCode))) {
      throw DossierErrors.codeTaken(options.importedCode);
    }
    const registered = await this.withRegisterEntry(prepared);
    const secret = generateLookupSecret();
    const secretHash = await hashLookupSecret(secret);
    const key = requestKey ?? randomUUID();
    for (let attempt = 1; attempt <= CODE_ATTEMPTS; attempt += 1) {
      const received: Dossier = {
        ...registered,
        code: options.importedCode ?? (await this.newCode(registered)),
      };
      const event = this.events.create(DOSSIER_RECEIVED_V1, dossierReceived(received), {
        subject: received.id,
        time: received.receivedAt,
        communeCode: received.commune.code,
      });
      // An import may carry the dossier's whole life: stored once, with every step's events.
      const { dossier, events: later } = options.history
        ? await this.lifecycle.completeImport(received, options.history, principal)
        : { dossier: received, events: [] };
      const audit = auditEntry(
        principal,
        dossier.channel === 'import' ? 'dossier.imported' : 'dossier.received',
        diffSnapshots(undefined, {
          code: dossier.code,
          procedureKey: dossier.procedure.key,
          channel: dossier.channel,
          applicant: dossier.applicant.fullName,
          status: dossier.status,
          receivedAt: dossier.receivedAt,
          dueAt: dossier.dueAt,
          feeVnd: dossier.fee.amountVnd,
          ...(options.history
            ? { processedAt: dossier.processedAt, returnedAt: dossier.returnedAt }
            : {}),
        }),
        this.clock.now(),
        currentCorrelation()?.correlationId,
      );
      const outcome = await this.repository.insert(
        dossier,
        { key, fingerprint },
        secretHash,
        [event, ...later],
        audit,
      );
      if (outcome === 'inserted') {
        this.relay.wake();
        return { dossier, secret, created: true };
      }
      const winner = await this.repository.findByRequestKey(key);
      if (winner) {
        // A concurrent request with the same key won the race.
        return this.replay(winner.requestFingerprint, fingerprint, winner.dossier, principal);
      }
      if (options.importedCode) {
        throw DossierErrors.codeTaken(options.importedCode);
      }
    }
    throw new Error(
      `No free dossier code for commune ${prepared.commune.code} after ${CODE_ATTEMPTS} attempts`,
    );
  }

  /**
   * Checks a request as a receipt would, storing and publishing nothing: an online submission
   * waiting for acceptance is refused at once if it could never be received.
   */
  async check(request: ReceiveDossierRequest, principal: Principal): Promise<void> {
    const commune = this.communes.find(request.communeCode);
    if (commune) {
      assertCanWrite(principal, { communeCode: commune.code, provinceCode: commune.provinceCode });
    }
    await this.prepare(request, principal);
  }

  private async prepare(
    request: ReceiveDossierRequest,
    principal: Principal,
    importedCode?: string,
  ): Promise<PreparedDossier> {
    const commune = this.communes.find(request.communeCode);
    const procedure = commune
      ? await this.catalogue.find(commune.code, request.procedureKey)
      : undefined;
    const settings = commune ? intakeSettingsOf(commune) : undefined;
    return prepareDossier(request, {
      id: randomUUID(),
      now: this.clock.now(),
      receivedBy: {
        subject: principal.subject,
        ...(principal.name ? { name: principal.name } : {}),
      },
      commune,
      procedure,
      findCommune: (code) => this.communes.find(code),
      ...civilStatusFeesOf(commune?.provinceCode),
      ...(settings ? { settings } : {}),
      ...(importedCode !== undefined ? { importedCode } : {}),
    });
  }

  private async newCode(prepared: PreparedDossier): Promise<string> {
    const settings = intakeSettingsOf(prepared.commune);
    if (!settings.agency) {
      throw new Error(`No agency e-ID for commune ${prepared.commune.code}`);
    }
    const sequence = await this.sequences.next(
      'dossier',
      prepared.commune.code,
      dossierCodeDay(prepared.receivedAt),
    );
    return formatDossierCode(
      { ...settings, agency: settings.agency },
      prepared.receivedAt,
      sequence,
    );
  }

  /**
   * The line in the commune's "sổ theo dõi hồ sơ" (Mẫu 01 prints it, Mẫu 07 lists it): one
   * book a year, numbered from 1. Imports keep the line they had in the old system's book.
   */
  private async withRegisterEntry(prepared: PreparedDossier): Promise<PreparedDossier> {
    if (prepared.channel === 'import' || !prepared.receipt) {
      return prepared;
    }
    const year = vietnamCalendarDate(prepared.receivedAt).slice(0, 4);
    const number = await this.sequences.next('register', prepared.commune.code, year);
    return {
      ...prepared,
      receipt: { ...prepared.receipt, register: { book: `01/${year}`, number } },
    };
  }

  private replay(
    storedFingerprint: string,
    fingerprint: string,
    dossier: Dossier,
    principal: Principal,
  ): ReceiptOutcome {
    assertCanWrite(principal, {
      communeCode: dossier.commune.code,
      provinceCode: dossier.commune.provinceCode,
    });
    assertSameRequest(storedFingerprint, fingerprint, 'một hồ sơ khác');
    return { dossier, created: false };
  }
}
