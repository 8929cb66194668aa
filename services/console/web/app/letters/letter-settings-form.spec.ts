import {
  LetterSettings,
  placeSettingsProblems,
  settingsRequest,
  settingsValues,
  validateSettings,
} from './letter-settings-form';

const SETTINGS: LetterSettings = {
  communeCode: '14797',
  kinds: [
    { kind: 'birth-congratulation', enabled: true, approvalRequired: true },
    { kind: 'survey-reminder', enabled: true, approvalRequired: false },
  ],
  signer: { role: 'chair' },
  signatureBlock: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'],
  occasionWindows: { birthDays: 60, deathDays: 15 },
  apologyApproval: { withinHours: 4, otherwise: 'send' },
  unitNaming: 'place',
  oneStopCentreName: 'Trung tâm Phục vụ hành chính công',
  numberSymbol: 'UBND',
  version: 0,
};

describe('the letter settings form', () => {
  it('should send back the settings as read when nothing was changed', () => {
    expect(settingsRequest(settingsValues(SETTINGS))).toEqual({
      kinds: SETTINGS.kinds,
      signer: { role: 'chair' },
      occasionWindows: { birthDays: 60, deathDays: 15 },
      apologyApproval: { withinHours: 4, otherwise: 'send' },
      unitNaming: 'place',
      oneStopCentreName: 'Trung tâm Phục vụ hành chính công',
      numberSymbol: 'UBND',
    });
  });

  it('should check the numbers, the symbol, the centre and the signer as the service does', () => {
    const values = {
      ...settingsValues(SETTINGS),
      birthDays: '6O',
      withinHours: '49',
      numberSymbol: 'ubnd',
      oneStopCentreName: 'TT',
      signerName: 'x'.repeat(101),
    };

    expect(validateSettings(values)).toEqual({
      birthDays: { key: 'errWholeNumber', values: { min: '0', max: '3650' } },
      withinHours: { key: 'errWholeNumber', values: { min: '1', max: '48' } },
      numberSymbol: { key: 'errNumberSymbol' },
      oneStopCentreName: { key: 'errCentreName' },
      signerName: { key: 'errSignerName' },
    });
    expect(validateSettings({ ...settingsValues(SETTINGS), numberSymbol: 'UBND-TTPVHCC' })).toEqual(
      {},
    );
  });

  it('should name the signer only when given, trimmed and in NFC', () => {
    const values = {
      ...settingsValues(SETTINGS),
      signerRole: 'vice-chair' as const,
      signerName: ' Lê Văn Hùng '.normalize('NFD'),
    };
    expect(settingsRequest(values)).toMatchObject({
      signer: { role: 'vice-chair', fullName: 'Lê Văn Hùng'.normalize('NFC') },
    });
  });

  it('should put the service’s refusals beside their fields', () => {
    expect(
      placeSettingsProblems({
        'occasionWindows.deathDays': ['Thời hạn gửi thư chia buồn tối đa 3650 ngày'],
        'kinds[1].kind': ['Loại thư không hợp lệ'],
        version: ['Cài đặt vừa được thay đổi'],
      }),
    ).toEqual({
      deathDays: ['Thời hạn gửi thư chia buồn tối đa 3650 ngày'],
      kinds: ['Loại thư không hợp lệ'],
      form: ['Cài đặt vừa được thay đổi'],
    });
  });
});
