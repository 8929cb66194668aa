import { redactPersonalData, screenForPublication } from './public-text';

describe('redactPersonalData', () => {
  it('should mask the writer’s own name, address, e-mail and phone wherever they appear', () => {
    const contact = {
      fullName: 'Phạm Văn Đức',
      addressLine: 'Số 12 ngõ 3 phố Lê Lai',
      email: 'duc.pham@example.vn',
      phone: '0987654321',
    };

    const text = redactPersonalData(
      'Trả lời ông PHẠM VĂN ĐỨC, số 12 ngõ 3 phố Lê Lai: đã xử lý.',
      contact,
    );

    expect(text).toBe('Trả lời ông [đã ẩn], [đã ẩn]: đã xử lý.');
  });

  it('should mask any e-mail address and any long number such as a phone or an ID number', () => {
    const text = redactPersonalData(
      'Liên hệ cô Hoa qua hoa.tran@gmail.com hoặc +84 912.345.678; CCCD 038123456789.',
    );

    expect(text).toBe('Liên hệ cô Hoa qua [đã ẩn] hoặc [đã ẩn]; CCCD [đã ẩn].');
  });

  it('should leave dates, house numbers and amounts alone', () => {
    const text = 'Ngày 03/3/2026 đã sửa 25 m đường ngõ 5, kinh phí 12.000.000 đồng.';

    expect(redactPersonalData(text)).toBe(text);
  });

  describe('screenForPublication', () => {
    const lan = {
      fullName: 'Hoàng Thị Lan',
      phone: '0987654321',
      addressLine: 'Số 8, ngõ 3, phố Lê Lai',
    };

    it('should mask the variants the security review published (review M2)', () => {
      const screened = screenForPublication(
        'Đã xử lý phản ánh của Hoang Thi Lan (bà Lan, 0987/654/321, số nhà 8 ngõ 3 Lê Lai).',
        lan,
      );

      expect(screened).toEqual({
        text: 'Đã xử lý phản ánh của [đã ẩn] (bà [đã ẩn], [đã ẩn], [đã ẩn]).',
        uncertain: [],
      });
    });

    it('should hold the given name alone and the house numbers without the street for an officer', () => {
      expect(screenForPublication('Lan đã được trả lời.', lan).uncertain).toEqual(['given-name']);
      expect(screenForPublication('Đã sửa đèn nhà số 8, ngõ 3.', lan).uncertain).toEqual([
        'address',
      ]);
      expect(screenForPublication('Đã sửa đèn ngõ 3 phố Lê Lai.', lan)).toEqual({
        text: 'Đã sửa đèn ngõ 3 phố Lê Lai.',
        uncertain: [],
      });
      expect(screenForPublication('Dịch bệnh không lan rộng.', lan).uncertain).toEqual([]);
    });
  });
});
