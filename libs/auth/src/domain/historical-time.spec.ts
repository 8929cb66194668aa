import { refusal } from '@libs/testing';

import { historicalTime } from './historical-time';
import { Principal, Role } from './principal';

const NOW = new Date('2026-03-02T03:00:00Z');
const as = (role: Role): Principal => ({ subject: role, roles: [role], communes: ['14797'] });

describe('historicalTime', () => {
  it('should let the system role state a past time', () => {
    const past = new Date('2022-05-10T02:15:00Z');

    expect(historicalTime(past, as('system'), NOW, 'answeredAt')).toEqual(past);
  });

  it('should accept the present instant and leave an absent time absent', () => {
    expect(historicalTime(NOW, as('system'), NOW, 'answeredAt')).toEqual(NOW);
    expect(historicalTime(undefined, as('officer'), NOW, 'answeredAt')).toBeUndefined();
  });

  it.each<Role>(['officer', 'leader', 'province'])('should refuse the %s role', (role) => {
    const error = refusal(() =>
      historicalTime(new Date('2022-05-10T02:15:00Z'), as(role), NOW, 'receivedAt'),
    );

    expect(error).toMatchObject({ code: 'HISTORICAL_TIME.ROLE_FORBIDDEN', kind: 'forbidden' });
    expect(error.fields).toEqual([{ field: 'receivedAt', messages: [expect.any(String)] }]);
  });

  it('should refuse a time in the future, even for the system role', () => {
    const error = refusal(() =>
      historicalTime(new Date(NOW.getTime() + 1), as('system'), NOW, 'rescheduledAt'),
    );

    expect(error).toMatchObject({ code: 'HISTORICAL_TIME.IN_FUTURE', kind: 'invalid' });
    expect(error.fields[0]?.field).toBe('rescheduledAt');
  });
});
