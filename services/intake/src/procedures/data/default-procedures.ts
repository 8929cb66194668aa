import { CIVIL_STATUS_CUTOFF } from '@libs/calendar';
import { Procedure } from '../domain/procedure';

/**
 * The built-in procedure catalogue of a commune one-stop desk (the posted schedule of
 * processing times and fees). A commune adds procedures or sets its own terms through
 * `PUT /v1/procedures/:key`, without a code change; those entries override these.
 *
 * Sources and decisions:
 * - National codes: Cổng Dịch vụ công quốc gia procedure list (1.001193 khai sinh, 1.000894 kết
 *   hôn, 1.000656 khai tử, 1.004873 xác nhận tình trạng hôn nhân, 2.000815 chứng thực bản sao,
 *   2.000884 chứng thực chữ ký), as used by public DVC tools; verify against the portal.
 * - Times: Luật Hộ tịch 2014 (art. 16, 18, 34), Decree 123/2015/NĐ-CP (art. 22), Decree
 *   63/2024/NĐ-CP (interlinked birth group, ≤ 3 working days), Decree 23/2015/NĐ-CP art. 7
 *   (certification the same day, the next working day when requested after 15:00). Where the
 *   law says "immediately, up to N days when verification is needed", the catalogue promises N,
 *   the appointment the desk can always keep.
 * - The 15:00 cut-off applies to the civil-status procedures and to certifications.
 * - Fees: Circular 226/2016/TT-BTC for certifications (2,000 đ per page for the first two
 *   pages, 1,000 đ per further page, at most 200,000 đ a copy; 10,000 đ per signature).
 *   Civil-status fees are set by each province's People's Council; registering a birth or a
 *   death on time and a marriage of citizens living in Vietnam are free by law (Luật Hộ tịch
 *   art. 11); the marital-status amount below is an assumption a commune should confirm.
 */
export const DEFAULT_PROCEDURES: readonly Procedure[] = [
  {
    key: 'birth-registration',
    name: 'Đăng ký khai sinh',
    nationalCode: '1.001193',
    legalBasis:
      'Luật Hộ tịch 2014, Điều 16; Nghị định 63/2024/NĐ-CP (liên thông đăng ký khai sinh, thường trú, cấp thẻ BHYT).',
    processingWorkingDays: 3,
    cutoff: CIVIL_STATUS_CUTOFF,
    feeVnd: 0,
    feeNote: 'Miễn lệ phí khi đăng ký đúng hạn.',
    serviceLevel: 'full-online',
    civilStatusOutcome: 'birth',
    source: 'national-default',
  },
  {
    key: 'marriage-registration',
    name: 'Đăng ký kết hôn',
    nationalCode: '1.000894',
    legalBasis:
      'Luật Hộ tịch 2014, Điều 18: giải quyết ngay; trường hợp cần xác minh không quá 05 ngày làm việc.',
    processingWorkingDays: 5,
    cutoff: CIVIL_STATUS_CUTOFF,
    feeVnd: 0,
    feeNote: 'Miễn lệ phí cho công dân Việt Nam cư trú trong nước (Luật Hộ tịch, Điều 11).',
    serviceLevel: 'partial-online',
    civilStatusOutcome: 'marriage',
    source: 'national-default',
  },
  {
    key: 'death-registration',
    name: 'Đăng ký khai tử',
    nationalCode: '1.000656',
    legalBasis:
      'Luật Hộ tịch 2014, Điều 34: giải quyết ngay; trường hợp cần xác minh không quá 03 ngày làm việc.',
    processingWorkingDays: 3,
    cutoff: CIVIL_STATUS_CUTOFF,
    feeVnd: 0,
    feeNote: 'Miễn lệ phí khi đăng ký đúng hạn.',
    serviceLevel: 'full-online',
    civilStatusOutcome: 'death',
    source: 'national-default',
  },
  {
    key: 'marital-status-confirmation',
    name: 'Cấp Giấy xác nhận tình trạng hôn nhân',
    nationalCode: '1.004873',
    legalBasis: 'Nghị định 123/2015/NĐ-CP, Điều 22: 03 ngày làm việc.',
    processingWorkingDays: 3,
    cutoff: CIVIL_STATUS_CUTOFF,
    feeVnd: 15_000,
    feeNote: 'Theo nghị quyết của Hội đồng nhân dân tỉnh.',
    serviceLevel: 'full-online',
    civilStatusOutcome: 'none',
    source: 'national-default',
  },
  {
    key: 'copy-certification',
    name: 'Chứng thực bản sao từ bản chính giấy tờ, văn bản',
    nationalCode: '2.000815',
    legalBasis:
      'Nghị định 23/2015/NĐ-CP, Điều 7: trong ngày; yêu cầu sau 15 giờ trả trong ngày làm việc tiếp theo. Thông tư 226/2016/TT-BTC (phí).',
    processingWorkingDays: 0,
    cutoff: CIVIL_STATUS_CUTOFF,
    feeVnd: 2_000,
    feeNote:
      '2.000 đồng/trang cho 2 trang đầu, từ trang thứ 3 là 1.000 đồng/trang, tối đa 200.000 đồng/bản.',
    serviceLevel: 'partial-online',
    civilStatusOutcome: 'none',
    source: 'national-default',
  },
  {
    key: 'signature-certification',
    name: 'Chứng thực chữ ký trong các giấy tờ, văn bản',
    nationalCode: '2.000884',
    legalBasis:
      'Nghị định 23/2015/NĐ-CP, Điều 7: trong ngày; yêu cầu sau 15 giờ trả trong ngày làm việc tiếp theo. Thông tư 226/2016/TT-BTC (phí).',
    processingWorkingDays: 0,
    cutoff: CIVIL_STATUS_CUTOFF,
    feeVnd: 10_000,
    feeNote: '10.000 đồng/trường hợp.',
    serviceLevel: 'counter-only',
    civilStatusOutcome: 'none',
    source: 'national-default',
  },
];
