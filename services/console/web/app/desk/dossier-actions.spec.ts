import { supplementItems, vietnamAppointment } from './dossier-actions';

describe('the supplement request’s list of papers', () => {
  it('should take one paper a line, without list markers, blank lines or extra spaces', () => {
    expect(
      supplementItems(
        '1. Bản sao  Giấy khai sinh\n\n- Tờ khai có xác nhận \r\n  •  Ảnh 4x6  \n   ',
      ),
    ).toEqual(['Bản sao Giấy khai sinh', 'Tờ khai có xác nhận', 'Ảnh 4x6']);
  });

  it('should keep what officers type in decomposed Unicode as composed (NFC)', () => {
    const [item] = supplementItems('Giấy xác nhận'.normalize('NFD'));
    expect(item).toBe('Giấy xác nhận'.normalize('NFC'));
  });

  it('should give no papers for an empty box', () => {
    expect(supplementItems(' \n ')).toEqual([]);
  });
});

describe('the new appointment typed at the desk', () => {
  it('should be Vietnam time with its offset, whatever the device’s zone', () => {
    expect(vietnamAppointment('2026-12-14', '10:00')).toBe('2026-12-14T10:00:00+07:00');
    expect(new Date(vietnamAppointment('2026-12-14', '10:00')!).toISOString()).toBe(
      '2026-12-14T03:00:00.000Z',
    );
  });

  it('should be missing until both the date and the time are complete', () => {
    expect(vietnamAppointment('', '10:00')).toBeUndefined();
    expect(vietnamAppointment('2026-12-14', '')).toBeUndefined();
    expect(vietnamAppointment('2026-13-45', '10:00')).toBeUndefined();
  });
});
