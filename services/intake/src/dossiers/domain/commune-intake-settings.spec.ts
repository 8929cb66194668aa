import { COMMUNE_INTAKE_SETTINGS, PROVINCE_AGENCY_PREFIXES } from '../data/commune-intake-settings';
import {
  intakeSettingsProblems,
  level1CodeOf,
  resolveIntakeSettings,
} from './commune-intake-settings';

const tables = { prefixes: PROVINCE_AGENCY_PREFIXES, communes: COMMUNE_INTAKE_SETTINGS };

describe('commune intake settings', () => {
  it('should ship valid tables, each entry with its source', () => {
    expect(intakeSettingsProblems(tables)).toEqual([]);
  });

  it('should read the level-1 code of an agency e-ID in either written order', () => {
    expect(level1CodeOf('000.00.00.H56')).toBe('H56');
    expect(level1CodeOf('H56.147.97')).toBe('H56');
    expect(level1CodeOf('38.147')).toBeUndefined();
  });

  it('should use the e-ID of the province’s list over the provisional one, and default the rules', () => {
    const listed = resolveIntakeSettings(
      { code: '14797', provinceCode: '38' },
      {
        ...tables,
        communes: [
          {
            communeCode: '14797',
            agencyElectronicId: '000.12.38.H56',
            agencyIdSource: 'test list',
            afterHoursCounter: 'refuse',
          },
        ],
      },
    );
    expect(listed.agency).toMatchObject({
      agencyElectronicId: '000.12.38.H56',
      provisional: false,
    });
    expect(listed.afterHoursCounter).toBe('refuse');
    expect(resolveIntakeSettings({ code: '14797', provinceCode: '38' }, tables)).toMatchObject({
      codeForm: 'provincial',
      afterHoursCounter: 'at-handover',
    });
  });

  it('should refuse entries that cannot give a lawful code', () => {
    const problems = intakeSettingsProblems({
      prefixes: tables.prefixes,
      communes: [
        { communeCode: '14797', agencyElectronicId: '38.147' },
        { communeCode: '14800', codeForm: 'national-centralised' },
        { communeCode: '14800' },
      ],
    });
    expect(problems).toEqual([
      'commune 14797: 38.147 is not an agency e-ID',
      'commune 14797: agencyIdSource must say which list the e-ID comes from',
      'commune 14800: the national form needs systemOwnerDigits (2 digits)',
      'commune 14800: listed twice',
    ]);
    expect(() =>
      resolveIntakeSettings(
        { code: '14797', provinceCode: '38' },
        {
          prefixes: tables.prefixes,
          communes: [
            { communeCode: '14797', agencyElectronicId: 'H15.50.05.13', agencyIdSource: 'x' },
          ],
        },
      ),
    ).toThrow(/not under H56/);
  });
});
