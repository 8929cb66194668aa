import { refusal, vn } from '@libs/testing';

import { preparedAtDesk } from '../../../test/dossier-fixtures';
import { dossierReceived } from '../application/dossier-events';
import { Dossier } from './dossier';
import { ReceiveDossierRequest } from './dossier-rules';

const at = vn('2026-03-12T09:00:00');

function receive(procedureKey: string, extra: Partial<ReceiveDossierRequest>): Dossier {
  const prepared = preparedAtDesk(procedureKey, extra, { now: at });
  return { ...prepared, code: 'H56.147.97-260312-0001' };
}

function problemsOf(action: () => unknown): Record<string, string[]> {
  return Object.fromEntries(
    refusal(action).fields.map((detail) => [detail.field, detail.messages]),
  );
}

const death = {
  deceased: { fullName: 'Hoàng Văn Minh', dateOfDeath: '2026-03-10' },
  family: { fullName: 'Hoàng Thị Thu', relationship: 'con gái' },
  address: { line: 'Thôn Đông' },
};

describe('sex and date of birth where letters need them (honorifics, condolence age)', () => {
  it('should keep the applicant’s sex and date of birth and pass them to the letters', () => {
    const dossier = receive('marital-status-confirmation', {
      applicant: { fullName: 'Trần Thị Bình', sex: 'female', dateOfBirth: '1990-05-14' },
    });
    expect(dossier.applicant).toMatchObject({ sex: 'female', dateOfBirth: '1990-05-14' });
    expect(dossierReceived(dossier).applicant).toMatchObject({
      sex: 'female',
      dateOfBirth: '1990-05-14',
    });
  });

  it('should refuse a date of birth that is not real, after the receipt or before 1900', () => {
    const applicant = (dateOfBirth: string) => () =>
      receive('marital-status-confirmation', {
        applicant: { fullName: 'Trần Thị Bình', sex: 'female', dateOfBirth },
      });
    expect(problemsOf(applicant('1990-02-30'))['applicant.dateOfBirth']).toEqual([
      'Ngày sinh không phải là một ngày có thật.',
    ]);
    expect(problemsOf(applicant('2026-03-13'))['applicant.dateOfBirth']).toEqual([
      'Ngày sinh không được sau ngày nộp hồ sơ.',
    ]);
    expect(problemsOf(applicant('1899-12-31'))['applicant.dateOfBirth']).toEqual([
      'Ngày sinh không được trước năm 1900.',
    ]);
  });

  it('should record the deceased’s sex and date of birth, born before the death', () => {
    const dossier = receive('death-registration', {
      death: {
        ...death,
        deceased: { ...death.deceased, sex: 'male', dateOfBirth: '1942-03-15' },
        family: { ...death.family, sex: 'female', dateOfBirth: '1968-07-01' },
      },
    });
    expect(dossier.civilStatus).toMatchObject({
      kind: 'death',
      deceased: { sex: 'male', dateOfBirth: '1942-03-15' },
      family: { sex: 'female', dateOfBirth: '1968-07-01' },
    });
    expect(
      problemsOf(() =>
        receive('death-registration', {
          death: { ...death, deceased: { ...death.deceased, dateOfBirth: '2026-03-11' } },
        }),
      )['death.deceased.dateOfBirth'],
    ).toEqual(['Ngày sinh không được sau ngày mất.']);
  });

  it('should leave both out when not stated: the letter then says "Ông/Bà"', () => {
    const dossier = receive('marital-status-confirmation', {});
    expect(dossier.applicant.sex).toBeUndefined();
    expect(dossierReceived(dossier).applicant.dateOfBirth).toBeUndefined();
  });
});
