import { invitationIdFor, invitationSchedule, periodOf } from './invitation';

const DOSSIER = '0b8f5a9e-5e0e-4a39-a3c4-7f2d2c1f6a01';
const CAMPAIGN = '7d1f0c52-3c8e-4d4f-9a51-2b0f8c6e9d13';

describe('invitationIdFor', () => {
  it('should give the same id for the same dossier, so a redelivered event finds its invitation', () => {
    expect(invitationIdFor(DOSSIER, null)).toBe(invitationIdFor(DOSSIER, null));
    expect(invitationIdFor(DOSSIER, CAMPAIGN)).toBe(invitationIdFor(DOSSIER, CAMPAIGN));
  });

  it('should give a campaign invitation an id of its own, beside the after-result one', () => {
    expect(invitationIdFor(DOSSIER, CAMPAIGN)).not.toBe(invitationIdFor(DOSSIER, null));
  });

  it('should be a version-5 UUID, as the event contracts require', () => {
    expect(invitationIdFor(DOSSIER, null)).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });
});

describe('invitationSchedule', () => {
  const issuedAt = new Date('2026-11-20T03:00:00Z');

  it('should remind after the reminder delay and expire after the answer period', () => {
    expect(invitationSchedule(issuedAt, { reminderAfterDays: 7, expiresAfterDays: 30 })).toEqual({
      remindAt: new Date('2026-11-27T03:00:00Z'),
      expiresAt: new Date('2026-12-20T03:00:00Z'),
    });
  });

  it('should not plan a reminder for after the survey has closed', () => {
    expect(
      invitationSchedule(issuedAt, { reminderAfterDays: 10, expiresAfterDays: 7 }).remindAt,
    ).toBeNull();
  });
});

describe('periodOf', () => {
  it('should count a return in the Vietnam month it happened in', () => {
    // 18:00 UTC on 30 November is already 1 December in Vietnam.
    expect(periodOf(new Date('2026-11-30T18:00:00Z'))).toBe('2026-12');
    expect(periodOf(new Date('2026-11-30T16:59:59Z'))).toBe('2026-11');
  });
});
