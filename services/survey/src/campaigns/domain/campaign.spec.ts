import { DomainError } from '@libs/errors';

import { isResidentInvitation } from '../../invitations/domain/invitation';
import { CampaignRequest, checkCampaignRequest, residentSampleIds } from './campaign';

// 9:00 on 1 July 2026 in Vietnam.
const NOW = new Date('2026-07-01T02:00:00Z');
const valid: CampaignRequest = {
  communeCode: '14797',
  title: 'Khảo sát 6 tháng đầu năm 2026',
  kind: 'periodic',
  periodFrom: '2026-01',
  periodTo: '2026-06',
};

function problemsOf(request: Partial<CampaignRequest>, margin = 0.05): unknown {
  try {
    checkCampaignRequest({ ...valid, ...request }, margin, NOW);
  } catch (error) {
    if (error instanceof DomainError) {
      return { code: error.code, fields: error.fields };
    }
    throw error;
  }
  return undefined;
}

describe('checkCampaignRequest', () => {
  it('should accept a half-year, a single month and the current month', () => {
    expect(problemsOf({})).toBeUndefined();
    expect(problemsOf({ periodFrom: '2026-03', periodTo: '2026-03' })).toBeUndefined();
    expect(problemsOf({ periodFrom: '2026-07', periodTo: '2026-07' })).toBeUndefined();
  });

  it('should refuse a period that ends before it starts', () => {
    expect(problemsOf({ periodFrom: '2026-05', periodTo: '2026-04' })).toEqual({
      code: 'CAMPAIGN.INVALID',
      fields: [{ field: 'periodTo', messages: ['Tháng kết thúc phải không trước tháng bắt đầu.'] }],
    });
  });

  it('should refuse a period in the future, since only returned dossiers are sampled', () => {
    expect(problemsOf({ periodFrom: '2026-06', periodTo: '2026-08' })).toEqual({
      code: 'CAMPAIGN.INVALID',
      fields: [
        {
          field: 'periodTo',
          messages: [
            'Tháng kết thúc không được sau tháng hiện tại: mẫu được chọn từ hồ sơ đã trả kết quả.',
          ],
        },
      ],
    });
  });

  it('should refuse absurd years at either end', () => {
    expect(problemsOf({ periodFrom: '0000-01', periodTo: '9999-12' })).toEqual({
      code: 'CAMPAIGN.INVALID',
      fields: [
        { field: 'periodFrom', messages: ['Tháng bắt đầu không được trước tháng 01/2015.'] },
        {
          field: 'periodTo',
          messages: [
            'Tháng kết thúc không được sau tháng hiện tại: mẫu được chọn từ hồ sơ đã trả kết quả.',
          ],
        },
      ],
    });
  });

  it('should allow at most 24 months in one campaign', () => {
    expect(problemsOf({ periodFrom: '2024-07', periodTo: '2026-06' })).toBeUndefined();
    expect(problemsOf({ periodFrom: '2024-06', periodTo: '2026-06' })).toEqual({
      code: 'CAMPAIGN.INVALID',
      fields: [
        { field: 'periodTo', messages: ['Một đợt khảo sát chọn mẫu trong tối đa 24 tháng.'] },
      ],
    });
  });

  it('should report the period and the margin together', () => {
    expect(problemsOf({ periodFrom: '2026-05', periodTo: '2026-04' }, 0.5)).toMatchObject({
      fields: [{ field: 'periodTo' }, { field: 'marginOfError' }],
    });
  });

  it('should need the households of the commune for a poll of residents at large, and only then', () => {
    expect(problemsOf({ frame: 'residents', residentPopulation: 5200 })).toBeUndefined();
    expect(problemsOf({ frame: 'residents' })).toMatchObject({
      fields: [{ field: 'residentPopulation' }],
    });
    expect(problemsOf({ frame: 'residents', residentPopulation: 0 })).toMatchObject({
      fields: [{ field: 'residentPopulation' }],
    });
    expect(problemsOf({ residentPopulation: 5200 })).toMatchObject({
      fields: [{ field: 'residentPopulation' }],
    });
  });

  it('should give every resident form its own stable placeholder, so issuing can resume', () => {
    expect(residentSampleIds('c1', 3)).toEqual(['resident:c1:1', 'resident:c1:2', 'resident:c1:3']);
    expect(isResidentInvitation({ dossierId: 'resident:c1:2' })).toBe(true);
    expect(isResidentInvitation({ dossierId: '6f7a1c2e-3b4d-4e5f-8a9b-0c1d2e3f4a5b' })).toBe(false);
  });
});
