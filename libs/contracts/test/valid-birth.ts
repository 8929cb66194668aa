/** The data of a birth.registered.v1 event that producers and consumers both accept. */
export const validBirth = (): Record<string, unknown> => ({
  registrationId: '0b8f5a9e-5e0e-4a39-a3c4-7f2d2c1f6a01',
  communeCode: '14797',
  provinceCode: '38',
  registeredAt: '2026-11-28T18:00:00.000Z',
  child: { fullName: 'Lê Minh Khôi', dateOfBirth: '2026-11-20', sex: 'male' },
  father: { fullName: 'Lê Văn Hùng' },
  mother: { fullName: 'Phạm Thị Thu Hà' },
  address: { line: 'Số 12 phố Lê Lai', communeCode: '14797' },
});
