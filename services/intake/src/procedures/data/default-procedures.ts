import { CIVIL_STATUS_CUTOFF } from '@libs/calendar';

import { Procedure } from '../domain/procedure';

/**
 * The built-in procedure catalogue of a commune one-stop desk (the posted schedule of
 * processing times and fees). A commune adds procedures or sets its own terms through
 * `PUT /v1/procedures/:key`, without a code change; those entries override these, but the
 * terms the law gives (verification allowance, fee basis, certification book, documents) stay.
 *
 * Every time, fee and document below is sourced in docs/legal-basis.md, which also says what
 * was read in the primary text and what was not. In short:
 * - Luật Hộ tịch 2014 (Law 60/2014/QH13) and Decree 23/2015/NĐ-CP (as amended by Decree
 *   07/2025/NĐ-CP) were read in the official codification (Bộ pháp điển) as transcribed.
 * - Decree 63/2024/NĐ-CP art. 7 and QĐ 296/QĐ-VPCP (interlinked groups) were read in verbatim
 *   quotations only; Decree 123/2015/NĐ-CP articles (marital status, re-registration) were not read.
 * - National codes come from public DVC tools (secondary); confirm them against the national
 *   TTHC database before publishing.
 * - The 15:00 cut-off belongs to same-day work only (Luật Hộ tịch art. 5(3), Decree 23/2015
 *   art. 7, Decree 63/2024 art. 7(2)); procedures with a time in days have none.
 */

const IDENTITY =
  'Giấy tờ tùy thân còn giá trị sử dụng (căn cước, căn cước điện tử, hộ chiếu) để xuất trình';

const CERTIFICATION_TIME =
  'Nghị định 23/2015/NĐ-CP, Điều 7: trong ngày; tiếp nhận sau 15 giờ thì trả trong ngày làm việc tiếp theo.';

const CONTRACT_TIME =
  'Nghị định 23/2015/NĐ-CP, Điều 37: không quá 02 ngày làm việc kể từ ngày nhận đủ hồ sơ (dài hơn nếu thỏa thuận bằng văn bản).';

const SAME_DAY_CIVIL_STATUS =
  'Luật Hộ tịch 2014, Điều 5 khoản 3: nhận hồ sơ sau 15 giờ mà không giải quyết được ngay thì trả kết quả trong ngày làm việc tiếp theo.';

const PROVINCIAL_FEE =
  'Lệ phí hộ tịch theo nghị quyết của Hội đồng nhân dân tỉnh (Luật Hộ tịch, Điều 11 khoản 2).';

export const DEFAULT_PROCEDURES: readonly Procedure[] = [
  {
    key: 'birth-registration',
    name: 'Đăng ký khai sinh',
    nationalCode: '1.001193',
    legalBasis: `Luật Hộ tịch 2014, Điều 16 khoản 2: giải quyết ngay sau khi nhận đủ giấy tờ. ${SAME_DAY_CIVIL_STATUS}`,
    processingWorkingDays: 0,
    cutoff: CIVIL_STATUS_CUTOFF,
    feeVnd: 0,
    feeBasis: 'late-registration',
    feeNote:
      'Miễn lệ phí khi đăng ký trong 60 ngày kể từ ngày sinh (Luật Hộ tịch, Điều 11, Điều 15); quá hạn nộp lệ phí theo nghị quyết của Hội đồng nhân dân tỉnh.',
    requiredDocuments: [
      'Tờ khai đăng ký khai sinh (theo mẫu)',
      'Giấy chứng sinh; nếu không có: văn bản của người làm chứng hoặc giấy cam đoan về việc sinh',
      IDENTITY,
    ],
    serviceLevel: 'full-online',
    civilStatusOutcome: 'birth',
    source: 'national-default',
  },
  {
    key: 'birth-residence-health-insurance',
    name: 'Liên thông đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi',
    nationalCode: '3.000722',
    legalBasis:
      'Nghị định 63/2024/NĐ-CP, Điều 7 khoản 2: không quá 03 ngày làm việc, phải xác minh thì không quá 05 ngày làm việc; tiếp nhận sau 15 giờ thì tính từ ngày làm việc tiếp theo.',
    processingWorkingDays: 3,
    cutoff: CIVIL_STATUS_CUTOFF,
    verification: {
      maxWorkingDays: 5,
      legalBasis: 'Nghị định 63/2024/NĐ-CP, Điều 7 khoản 2',
    },
    feeVnd: 0,
    feeBasis: 'late-registration',
    feeNote:
      'Liên thông không làm tăng chi phí (Nghị định 63/2024/NĐ-CP, Điều 4 khoản 2); khai sinh quá hạn nộp lệ phí theo nghị quyết của Hội đồng nhân dân tỉnh.',
    requiredDocuments: [
      'Tờ khai điện tử (Mẫu số 01 Nghị định 63/2024/NĐ-CP)',
      'Dữ liệu điện tử có ký số của Giấy chứng sinh; nếu không có: giấy tờ thay thế theo pháp luật hộ tịch',
      'Giấy tờ về cư trú khi đăng ký thường trú cho trẻ khác nơi thường trú của cha, mẹ',
    ],
    serviceLevel: 'full-online',
    civilStatusOutcome: 'birth',
    source: 'national-default',
  },
  {
    key: 'marriage-registration',
    name: 'Đăng ký kết hôn',
    nationalCode: '1.000894',
    legalBasis: `Luật Hộ tịch 2014, Điều 18 khoản 2: giải quyết ngay; trường hợp cần xác minh điều kiện kết hôn thì không quá 05 ngày làm việc. ${SAME_DAY_CIVIL_STATUS}`,
    processingWorkingDays: 0,
    cutoff: CIVIL_STATUS_CUTOFF,
    verification: { maxWorkingDays: 5, legalBasis: 'Luật Hộ tịch 2014, Điều 18 khoản 2' },
    feeVnd: 0,
    feeNote: 'Miễn lệ phí cho công dân Việt Nam cư trú ở trong nước (Luật Hộ tịch, Điều 11).',
    requiredDocuments: [
      'Tờ khai đăng ký kết hôn (theo mẫu); hai bên nam, nữ cùng có mặt',
      IDENTITY,
    ],
    serviceLevel: 'partial-online',
    civilStatusOutcome: 'marriage',
    source: 'national-default',
  },
  {
    key: 'death-registration',
    name: 'Đăng ký khai tử',
    nationalCode: '1.000656',
    legalBasis: `Luật Hộ tịch 2014, Điều 34 khoản 2: giải quyết ngay sau khi nhận giấy tờ. ${SAME_DAY_CIVIL_STATUS}`,
    processingWorkingDays: 0,
    cutoff: CIVIL_STATUS_CUTOFF,
    feeVnd: 0,
    feeBasis: 'late-registration',
    feeNote:
      'Miễn lệ phí khi đăng ký trong 15 ngày kể từ ngày chết (Luật Hộ tịch, Điều 11, Điều 33); quá hạn nộp lệ phí theo nghị quyết của Hội đồng nhân dân tỉnh.',
    requiredDocuments: [
      'Tờ khai đăng ký khai tử (theo mẫu)',
      'Giấy báo tử hoặc giấy tờ khác thay giấy báo tử',
      IDENTITY,
    ],
    serviceLevel: 'full-online',
    civilStatusOutcome: 'death',
    source: 'national-default',
  },
  ...deathGroups(),
  {
    key: 'marital-status-confirmation',
    name: 'Cấp Giấy xác nhận tình trạng hôn nhân',
    nationalCode: '1.004873',
    legalBasis:
      'Nghị định 123/2015/NĐ-CP, Điều 22: 03 ngày làm việc (điều này chưa được đối chiếu với văn bản gốc).',
    processingWorkingDays: 3,
    feeVnd: 15_000,
    feeNote:
      'Theo nghị quyết của Hội đồng nhân dân tỉnh; 15.000 đồng là mức Thanh Hóa niêm yết, cần xác nhận.',
    requiredDocuments: ['Tờ khai cấp Giấy xác nhận tình trạng hôn nhân (theo mẫu)', IDENTITY],
    serviceLevel: 'full-online',
    civilStatusOutcome: 'none',
    source: 'national-default',
  },
  {
    key: 'civil-status-extract-copy',
    name: 'Cấp bản sao trích lục hộ tịch',
    nationalCode: '2.000635',
    legalBasis: `Luật Hộ tịch 2014, Điều 64 khoản 2: cấp ngay sau khi nhận được yêu cầu. ${SAME_DAY_CIVIL_STATUS}`,
    processingWorkingDays: 0,
    cutoff: CIVIL_STATUS_CUTOFF,
    feeVnd: 8_000,
    feeNote: '8.000 đồng/bản sao trích lục/sự kiện hộ tịch (Thông tư 281/2016/TT-BTC).',
    requiredDocuments: ['Tờ khai cấp bản sao trích lục hộ tịch (theo mẫu)', IDENTITY],
    serviceLevel: 'full-online',
    civilStatusOutcome: 'none',
    source: 'national-default',
  },
  {
    key: 'civil-status-change-correction',
    name: 'Đăng ký thay đổi, cải chính hộ tịch',
    nationalCode: '1.004859',
    legalBasis:
      'Luật Hộ tịch 2014, Điều 28 khoản 2: 03 ngày làm việc kể từ ngày nhận đủ giấy tờ; cần xác minh thì kéo dài thêm không quá 03 ngày làm việc.',
    processingWorkingDays: 3,
    verification: { maxWorkingDays: 6, legalBasis: 'Luật Hộ tịch 2014, Điều 28 khoản 2' },
    feeVnd: 0,
    feeNote: PROVINCIAL_FEE,
    requiredDocuments: [
      'Tờ khai đăng ký thay đổi, cải chính hộ tịch (theo mẫu)',
      'Giấy tờ liên quan làm căn cứ thay đổi, cải chính',
      IDENTITY,
    ],
    serviceLevel: 'partial-online',
    civilStatusOutcome: 'none',
    source: 'national-default',
  },
  {
    key: 'civil-status-supplement',
    name: 'Bổ sung thông tin hộ tịch',
    nationalCode: '1.004859',
    legalBasis: `Luật Hộ tịch 2014, Điều 29 khoản 2: giải quyết ngay sau khi nhận đủ giấy tờ. ${SAME_DAY_CIVIL_STATUS}`,
    processingWorkingDays: 0,
    cutoff: CIVIL_STATUS_CUTOFF,
    feeVnd: 0,
    feeNote: PROVINCIAL_FEE,
    requiredDocuments: [
      'Tờ khai bổ sung thông tin hộ tịch (theo mẫu)',
      'Giấy tờ liên quan làm căn cứ bổ sung',
      IDENTITY,
    ],
    serviceLevel: 'partial-online',
    civilStatusOutcome: 'none',
    source: 'national-default',
  },
  {
    key: 'birth-re-registration',
    name: 'Đăng ký lại khai sinh',
    nationalCode: '1.004884',
    legalBasis:
      'Nghị định 123/2015/NĐ-CP, Điều 26: 05 ngày làm việc (điều này chưa được đối chiếu với văn bản gốc).',
    processingWorkingDays: 5,
    feeVnd: 0,
    feeNote: PROVINCIAL_FEE,
    requiredDocuments: [
      'Tờ khai đăng ký lại khai sinh (theo mẫu)',
      'Bản sao giấy tờ có thông tin khai sinh trước đây hoặc văn bản cam đoan đã đăng ký khai sinh',
      IDENTITY,
    ],
    serviceLevel: 'partial-online',
    civilStatusOutcome: 'none',
    source: 'national-default',
  },
  {
    key: 'parent-child-recognition',
    name: 'Đăng ký nhận cha, mẹ, con',
    nationalCode: '1.001022',
    legalBasis:
      'Luật Hộ tịch 2014, Điều 25 khoản 2: 03 ngày làm việc kể từ ngày nhận đủ giấy tờ; cần xác minh thì kéo dài thêm không quá 05 ngày làm việc.',
    processingWorkingDays: 3,
    verification: { maxWorkingDays: 8, legalBasis: 'Luật Hộ tịch 2014, Điều 25 khoản 2' },
    feeVnd: 0,
    feeNote: PROVINCIAL_FEE,
    requiredDocuments: [
      'Tờ khai đăng ký nhận cha, mẹ, con (theo mẫu); các bên cùng có mặt',
      'Chứng cứ chứng minh quan hệ cha con hoặc mẹ con',
      IDENTITY,
    ],
    serviceLevel: 'partial-online',
    civilStatusOutcome: 'none',
    source: 'national-default',
  },
  {
    key: 'copy-certification',
    name: 'Chứng thực bản sao từ bản chính giấy tờ, văn bản',
    nationalCode: '2.000815',
    legalBasis: `${CERTIFICATION_TIME} Thông tư 226/2016/TT-BTC, Điều 4 (phí).`,
    processingWorkingDays: 0,
    cutoff: CIVIL_STATUS_CUTOFF,
    feeVnd: 2_000,
    feeBasis: 'per-copy-page',
    feeNote:
      '2.000 đồng/trang; từ trang thứ ba 1.000 đồng/trang, tối đa 200.000 đồng/bản; trang tính theo bản chính (Thông tư 226/2016/TT-BTC).',
    requiredDocuments: [
      'Bản chính giấy tờ, văn bản làm cơ sở để chứng thực bản sao',
      'Bản sao cần chứng thực (đủ các trang có thông tin của bản chính)',
    ],
    certificationRegister: 'SCT/BS',
    serviceLevel: 'partial-online',
    civilStatusOutcome: 'none',
    source: 'national-default',
  },
  {
    key: 'electronic-copy-certification',
    name: 'Chứng thực bản sao điện tử từ bản chính',
    nationalCode: '2.000815',
    legalBasis: `${CERTIFICATION_TIME} Thông tư 226/2016/TT-BTC, Điều 4 (phí). Cấp bản sao điện tử theo quy định về thực hiện thủ tục hành chính trên môi trường điện tử (chưa đối chiếu văn bản gốc).`,
    processingWorkingDays: 0,
    cutoff: CIVIL_STATUS_CUTOFF,
    feeVnd: 2_000,
    feeBasis: 'per-copy-page',
    feeNote:
      '2.000 đồng/trang; từ trang thứ ba 1.000 đồng/trang, tối đa 200.000 đồng/bản (Thông tư 226/2016/TT-BTC).',
    requiredDocuments: ['Bản chính giấy tờ, văn bản xuất trình tại Trung tâm', IDENTITY],
    certificationRegister: 'SCT/BS',
    serviceLevel: 'partial-online',
    civilStatusOutcome: 'none',
    source: 'national-default',
  },
  {
    key: 'signature-certification',
    name: 'Chứng thực chữ ký trong các giấy tờ, văn bản',
    nationalCode: '2.000884',
    legalBasis: `${CERTIFICATION_TIME} Thông tư 226/2016/TT-BTC, Điều 4 (phí).`,
    processingWorkingDays: 0,
    cutoff: CIVIL_STATUS_CUTOFF,
    feeVnd: 10_000,
    feeNote: '10.000 đồng/trường hợp (một hoặc nhiều chữ ký trong cùng một giấy tờ, văn bản).',
    requiredDocuments: [
      IDENTITY,
      'Giấy tờ, văn bản sẽ ký (ký trước mặt người thực hiện chứng thực)',
    ],
    certificationRegister: 'SCT/CK,ĐC',
    serviceLevel: 'counter-only',
    civilStatusOutcome: 'none',
    source: 'national-default',
  },
  {
    key: 'translator-signature-certification',
    name: 'Chứng thực chữ ký người dịch mà người dịch không phải là cộng tác viên dịch thuật',
    nationalCode: '2.001008',
    legalBasis: `Nghị định 23/2015/NĐ-CP, Điều 31 (thủ tục), Điều 33 (thời hạn theo Điều 7). ${CERTIFICATION_TIME} Cấp xã thực hiện từ 01/7/2025 theo Nghị định 120/2025/NĐ-CP (chưa đối chiếu văn bản gốc).`,
    processingWorkingDays: 0,
    cutoff: CIVIL_STATUS_CUTOFF,
    feeVnd: 10_000,
    feeNote: '10.000 đồng/trường hợp (Thông tư 226/2016/TT-BTC, phí chứng thực chữ ký).',
    requiredDocuments: [
      IDENTITY,
      'Bằng cử nhân ngoại ngữ hoặc bằng tốt nghiệp đại học trở lên về ngôn ngữ cần dịch (bản chính, bản sao từ sổ gốc hoặc bản sao có chứng thực)',
      'Bản dịch đính kèm giấy tờ, văn bản cần dịch',
    ],
    certificationRegister: 'SCT/CKND',
    serviceLevel: 'counter-only',
    civilStatusOutcome: 'none',
    source: 'national-default',
  },
  {
    key: 'contract-certification',
    name: 'Chứng thực hợp đồng, giao dịch liên quan đến tài sản là động sản, quyền sử dụng đất, nhà ở',
    nationalCode: '2.001035',
    legalBasis: `${CONTRACT_TIME} Thông tư 226/2016/TT-BTC, Điều 4 (phí).`,
    processingWorkingDays: 2,
    feeVnd: 50_000,
    feeNote: '50.000 đồng/hợp đồng, giao dịch (Thông tư 226/2016/TT-BTC).',
    requiredDocuments: [
      IDENTITY,
      'Dự thảo hợp đồng, giao dịch',
      'Bản sao giấy chứng nhận quyền sở hữu, quyền sử dụng tài sản (kèm bản chính để đối chiếu)',
    ],
    certificationRegister: 'SCT/HĐ,GD',
    serviceLevel: 'counter-only',
    civilStatusOutcome: 'none',
    source: 'national-default',
  },
  {
    key: 'will-certification',
    name: 'Chứng thực di chúc',
    nationalCode: '2.001019',
    legalBasis: `${CONTRACT_TIME} Nghị định 23/2015/NĐ-CP, Điều 5 khoản 2 điểm e (thẩm quyền cấp xã).`,
    processingWorkingDays: 2,
    feeVnd: 50_000,
    feeNote: '50.000 đồng/việc (Thông tư 226/2016/TT-BTC, phí chứng thực hợp đồng, giao dịch).',
    requiredDocuments: [
      IDENTITY,
      'Dự thảo di chúc',
      'Bản sao giấy chứng nhận quyền sở hữu, quyền sử dụng tài sản (kèm bản chính), trừ khi người lập di chúc đang bị cái chết đe dọa',
    ],
    certificationRegister: 'SCT/HĐ,GD',
    serviceLevel: 'counter-only',
    civilStatusOutcome: 'none',
    source: 'national-default',
  },
  {
    key: 'inheritance-document-certification',
    name: 'Chứng thực văn bản thỏa thuận phân chia di sản, văn bản khai nhận di sản mà di sản là động sản, quyền sử dụng đất, nhà ở',
    nationalCode: '2.001406',
    legalBasis: `${CONTRACT_TIME} Nghị định 23/2015/NĐ-CP, Điều 5 khoản 2 điểm h (thẩm quyền cấp xã).`,
    processingWorkingDays: 2,
    feeVnd: 50_000,
    feeNote: '50.000 đồng/việc (Thông tư 226/2016/TT-BTC, phí chứng thực hợp đồng, giao dịch).',
    requiredDocuments: [
      IDENTITY,
      'Dự thảo văn bản thỏa thuận phân chia di sản hoặc văn bản khai nhận di sản',
      'Bản sao giấy chứng nhận quyền sở hữu, quyền sử dụng tài sản (kèm bản chính để đối chiếu)',
    ],
    certificationRegister: 'SCT/HĐ,GD',
    serviceLevel: 'counter-only',
    civilStatusOutcome: 'none',
    source: 'national-default',
  },
];

/**
 * The interlinked death group (Decree 63/2024/NĐ-CP; QĐ 296/QĐ-VPCP 2024): one procedure per
 * branch, each with its own total time; the 15:00 rule applies. The death step itself is same
 * day, at most 3 working days with verification, inside these totals.
 */
function deathGroups(): Procedure[] {
  const branches = [
    {
      key: 'death-residence-social-insurance',
      branch: 'trợ cấp mai táng, trợ cấp tuất do cơ quan Bảo hiểm xã hội giải quyết',
      days: 9,
    },
    {
      key: 'death-residence-social-protection',
      branch: 'hỗ trợ chi phí mai táng đối với đối tượng bảo trợ xã hội',
      days: 6,
    },
    {
      key: 'death-residence-merit',
      branch: 'trợ cấp mai táng, trợ cấp tuất đối với người có công với cách mạng',
      days: 18,
    },
  ];
  return branches.map(({ key, branch, days }) => ({
    key,
    name: `Liên thông đăng ký khai tử, xóa đăng ký thường trú, ${branch}`,
    nationalCode: '2.002913',
    legalBasis: `Quyết định 296/QĐ-VPCP năm 2024 (nhóm thủ tục liên thông theo Nghị định 63/2024/NĐ-CP): không quá ${String(days).padStart(2, '0')} ngày làm việc; nhận hồ sơ sau 15 giờ thì tính từ ngày làm việc tiếp theo.`,
    processingWorkingDays: days,
    cutoff: CIVIL_STATUS_CUTOFF,
    feeVnd: 0,
    feeBasis: 'late-registration',
    feeNote:
      'Liên thông không làm tăng chi phí; khai tử quá hạn nộp lệ phí theo nghị quyết của Hội đồng nhân dân tỉnh.',
    requiredDocuments: [
      'Tờ khai điện tử liên thông',
      'Giấy báo tử hoặc giấy tờ thay giấy báo tử',
      'Giấy tờ của chế độ mai táng, tử tuất theo nhánh đã chọn',
    ],
    serviceLevel: 'full-online',
    civilStatusOutcome: 'death',
    source: 'national-default',
  }));
}
