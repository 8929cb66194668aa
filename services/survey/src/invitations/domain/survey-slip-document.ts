import { vietnamCalendarDate, vietnameseLongDate } from '@libs/clock';
import {
  datelinePlace,
  OfficialDocument,
  oneStopCentre,
  unitNameInSentence,
  unitNaming,
} from '@libs/documents';
import { Commune } from '@libs/reference-data';

/** What a printed survey slip carries: the code and link shown once, and what it is about. */
export interface SurveySlipContent {
  code: string;
  link: string;
  expiresAt: Date;
  /** The dossier the answer is about, or null for a resident of the commune at large. */
  dossierCode: string | null;
  /** A campaign's organiser, e.g. the Fatherland Front, when the slip belongs to a poll. */
  organiser?: string;
}

/**
 * The return slip with the survey code (phiếu mời đánh giá), printed for the citizen with the
 * result or handed out by a poll's organiser. It says plainly that the form carries no name
 * and that the answer is linked to the dossier, not to the person (review of 2026-12, survey).
 */
export function surveySlipDocument(
  slip: SurveySlipContent,
  commune: Commune,
  printedAt: Date,
): OfficialDocument {
  const naming = unitNaming(commune);
  const centre = oneStopCentre(commune, naming);
  const unit = unitNameInSentence(commune, naming);
  const about = slip.dossierCode
    ? `việc giải quyết hồ sơ mã ${slip.dossierCode} tại ${centre.inSentence}`
    : `việc giải quyết thủ tục hành chính tại ${centre.inSentence}`;
  const poll = slip.organiser ? [`Đợt khảo sát do ${slip.organiser} tổ chức.`] : [];
  const linkage = slip.dossierCode
    ? `Phiếu không ghi tên người trả lời. Câu trả lời được gắn với hồ sơ ${slip.dossierCode} (không gắn với họ tên Ông/Bà) để biết thủ tục, bộ phận cần cải thiện. Mỗi mã chỉ dùng được một lần.`
    : `Phiếu không ghi tên người trả lời và không gắn với hồ sơ nào; câu trả lời chỉ được tổng hợp theo ${unit}. Mỗi mã chỉ dùng được một lần.`;
  return {
    parentBodyLines: [centre.parentLine],
    issuerLines: [centre.headerLine],
    placeAndDate: `${datelinePlace(commune, naming)}, ${vietnameseLongDate(vietnamCalendarDate(printedAt))}`,
    title: 'PHIẾU MỜI ĐÁNH GIÁ MỨC ĐỘ HÀI LÒNG',
    subtitle: `Mã khảo sát: ${slip.code}`,
    paragraphs: [...poll, `Mời Ông/Bà dành khoảng 2 phút đánh giá mức độ hài lòng về ${about}.`],
    fields: [
      { label: 'Trả lời trực tuyến tại:', value: slip.link },
      { label: 'Hoặc nhập mã khảo sát:', value: slip.code },
      {
        label: 'Hạn trả lời:',
        value: vietnameseLongDate(vietnamCalendarDate(slip.expiresAt)),
      },
      {
        label: 'Trả lời trên giấy:',
        value: 'ghi mã khảo sát lên phiếu giấy và gửi lại tại Bộ phận một cửa',
      },
    ],
    closingParagraphs: [linkage, 'Xin chân thành cảm ơn Ông/Bà.'],
    signatureBlock: { lines: [centre.headerLine] },
  };
}
