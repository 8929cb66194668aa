import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';

import { auditEntry, diffSnapshots } from '@libs/audit';
import {
  assertCanWrite,
  assertSameRequest,
  idempotencyScope,
  Principal,
  requestFingerprint,
  tenantScopeOf,
} from '@libs/auth';
import { Clock } from '@libs/clock';
import { BIRTH_REGISTERED_V1 } from '@libs/contracts';
import { EventFactory, OutboxRelay } from '@libs/messaging';
import { currentCorrelation } from '@libs/observability';
import { CommuneDirectory } from '@libs/reference-data';

import { toBirthRegisteredEvent } from '../domain/birth-registered.event';
import {
  BirthRegistration,
  BirthRegistrationRequest,
  registerBirth,
} from '../domain/birth-registration';
import { BirthRegistrationErrors } from '../domain/birth-registration.errors';
import { BirthRegistrationStore } from '../domain/birth-registration.store';

export interface RegistrationOutcome {
  registration: BirthRegistration;
  /** False when the same request (same Idempotency-Key) was already registered. */
  created: boolean;
}

@Injectable()
export class RegisterBirthService {
  constructor(
    private readonly repository: BirthRegistrationStore,
    private readonly events: EventFactory,
    private readonly relay: OutboxRelay,
    private readonly communes: CommuneDirectory,
    private readonly clock: Clock,
  ) {}

  async register(
    request: BirthRegistrationRequest,
    principal: Principal,
    idempotencyKey?: string,
  ): Promise<RegistrationOutcome> {
    const fingerprint = requestFingerprint(request);
    const commune = this.communes.find(request.communeCode);
    if (commune) {
      assertCanWrite(principal, { communeCode: commune.code, provinceCode: commune.provinceCode });
    }
    // Tenancy first, then the replay: a key replays only what this account did for this
    // commune, and only while it may still write there.
    const requestKey = idempotencyKey
      ? idempotencyScope(principal, request.communeCode, idempotencyKey)
      : undefined;
    if (requestKey) {
      const earlier = await this.repository.findByRequestKey(requestKey);
      if (earlier) {
        return this.replay(
          earlier.requestFingerprint,
          fingerprint,
          earlier.registration,
          principal,
        );
      }
    }
    const registration = registerBirth(request, {
      id: randomUUID(),
      now: this.clock.now(),
      findCommune: (code) => this.communes.find(code),
    });
    assertCanWrite(principal, {
      communeCode: registration.commune.code,
      provinceCode: registration.commune.provinceCode,
    });
    const event = this.events.create(BIRTH_REGISTERED_V1, toBirthRegisteredEvent(registration), {
      subject: registration.id,
      time: registration.registeredAt,
      communeCode: registration.commune.code,
    });
    const key = requestKey ?? randomUUID();
    const audit = auditEntry(
      principal,
      'birth.registered',
      diffSnapshots(undefined, {
        child: registration.child,
        father: registration.father,
        mother: registration.mother,
        address: registration.address,
      }),
      registration.registeredAt,
      currentCorrelation()?.correlationId,
    );
    const inserted = await this.repository.insert(
      registration,
      { key, fingerprint },
      [event],
      audit,
    );
    if (!inserted) {
      // A concurrent request with the same key won the race.
      const winner = await this.repository.findByRequestKey(key);
      if (!winner) {
        throw new Error(`Request key ${key} collided but no registration holds it`);
      }
      return this.replay(winner.requestFingerprint, fingerprint, winner.registration, principal);
    }
    this.relay.wake();
    return { registration, created: true };
  }

  async get(id: string, principal: Principal): Promise<BirthRegistration> {
    // Another commune's registration is simply not found.
    const stored = await this.repository.findById(id, tenantScopeOf(principal));
    if (!stored) {
      throw BirthRegistrationErrors.notFound(id);
    }
    return stored.registration;
  }

  private replay(
    storedFingerprint: string,
    fingerprint: string,
    registration: BirthRegistration,
    principal: Principal,
  ): RegistrationOutcome {
    assertCanWrite(principal, {
      communeCode: registration.commune.code,
      provinceCode: registration.commune.provinceCode,
    });
    assertSameRequest(storedFingerprint, fingerprint, 'một tờ khai khác');
    return { registration, created: false };
  }
}
