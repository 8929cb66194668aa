import { Injectable } from '@nestjs/common';
import { Clock } from '@libs/clock';
import { BIRTH_REGISTERED_V1, BirthRegisteredV1 } from '@libs/contracts';
import { EventFactory, OutboxRelay } from '@libs/messaging';
import { CommuneDirectory } from '@libs/reference-data';
import { createHash, randomUUID } from 'node:crypto';
import {
  BirthRegistration,
  BirthRegistrationRequest,
  registerBirth,
} from '../domain/birth-registration';
import { BirthRegistrationErrors } from '../domain/birth-registration.errors';
import { BirthRegistrationRepository } from '../infrastructure/birth-registration.repository';

export interface RegistrationOutcome {
  registration: BirthRegistration;
  /** False when the same request (same Idempotency-Key) was already registered. */
  created: boolean;
}

@Injectable()
export class RegisterBirthService {
  constructor(
    private readonly repository: BirthRegistrationRepository,
    private readonly events: EventFactory,
    private readonly relay: OutboxRelay,
    private readonly communes: CommuneDirectory,
    private readonly clock: Clock,
  ) {}

  async register(
    request: BirthRegistrationRequest,
    idempotencyKey?: string,
  ): Promise<RegistrationOutcome> {
    const fingerprint = createHash('sha256').update(JSON.stringify(request)).digest('hex');
    if (idempotencyKey) {
      const earlier = await this.repository.findByRequestKey(idempotencyKey);
      if (earlier) {
        return this.replay(earlier.requestFingerprint, fingerprint, earlier.registration);
      }
    }
    const registration = registerBirth(request, {
      id: randomUUID(),
      now: this.clock.now(),
      findCommune: (code) => this.communes.find(code),
    });
    const event = this.events.create(BIRTH_REGISTERED_V1, toBirthRegisteredEvent(registration), {
      subject: registration.id,
      time: registration.registeredAt,
      communeCode: registration.commune.code,
    });
    const key = idempotencyKey ?? randomUUID();
    const inserted = await this.repository.insert(registration, { key, fingerprint }, [event]);
    if (!inserted) {
      // A concurrent request with the same key won the race.
      const winner = await this.repository.findByRequestKey(key);
      if (!winner) {
        throw new Error(`Request key ${key} collided but no registration holds it`);
      }
      return this.replay(winner.requestFingerprint, fingerprint, winner.registration);
    }
    this.relay.wake();
    return { registration, created: true };
  }

  async get(id: string): Promise<BirthRegistration> {
    const stored = await this.repository.findById(id);
    if (!stored) {
      throw BirthRegistrationErrors.notFound(id);
    }
    return stored.registration;
  }

  private replay(
    storedFingerprint: string,
    fingerprint: string,
    registration: BirthRegistration,
  ): RegistrationOutcome {
    if (storedFingerprint !== fingerprint) {
      throw BirthRegistrationErrors.idempotencyKeyReused();
    }
    return { registration, created: false };
  }
}

export function toBirthRegisteredEvent(registration: BirthRegistration): BirthRegisteredV1 {
  return Object.assign(new BirthRegisteredV1(), {
    registrationId: registration.id,
    communeCode: registration.commune.code,
    provinceCode: registration.commune.provinceCode,
    registeredAt: registration.registeredAt.toISOString(),
    child: registration.child,
    ...(registration.father ? { father: registration.father } : {}),
    ...(registration.mother ? { mother: registration.mother } : {}),
    address: registration.address,
  });
}
