import { vietnamCalendarDate, vietnameseLongDate } from '@libs/clock';
import { BirthRegisteredV1 } from '@libs/contracts';
import { Commune } from '@libs/reference-data';
import { LetterContent } from './letter';

const NATIONAL_MOTTO = ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'];
const COMMUNE_KIND_PREFIX = /^(Xã|Phường|Đặc khu)\s+/u;

/** "Ông Nguyễn Văn An và Bà Trần Thị Bình", or the one parent named. */
export function parentsSalutationName(event: Pick<BirthRegisteredV1, 'father' | 'mother'>): string {
  const names = [
    event.father ? `Ông ${event.father.fullName}` : undefined,
    event.mother ? `Bà ${event.mother.fullName}` : undefined,
  ].filter((name): name is string => name !== undefined);
  return names.join(' và ');
}

/**
 * The congratulation a commune People's Committee sends to parents on a registered birth.
 * Wording follows the model's "5 biết": warm, plain, and signed by the committee.
 */
export function composeBirthCongratulation(
  event: BirthRegisteredV1,
  commune: Commune,
  writtenAt: Date,
): LetterContent {
  const committee = `Ủy ban nhân dân ${commune.name}`;
  const place = commune.name.replace(COMMUNE_KIND_PREFIX, '');
  const family = event.father && event.mother ? 'Ông Bà' : event.father ? 'Ông' : 'Bà';
  const child = event.child.sex === 'male' ? 'cháu trai' : 'cháu gái';
  return {
    issuer: committee.toLocaleUpperCase('vi'),
    nationalMotto: NATIONAL_MOTTO,
    placeAndDate: `${place}, ${vietnameseLongDate(vietnamCalendarDate(writtenAt))}`,
    title: 'THƯ CHÚC MỪNG',
    salutation: `Kính gửi: ${parentsSalutationName(event)}`,
    paragraphs: [
      `${committee} vui mừng được biết gia đình ${family} vừa đón chào ${child} ${event.child.fullName}, sinh ${vietnameseLongDate(event.child.dateOfBirth)}.`,
      `Thay mặt chính quyền và nhân dân địa phương, ${committee} xin gửi tới gia đình lời chúc mừng tốt đẹp nhất. Chúc cháu luôn khỏe mạnh, ngoan ngoãn, lớn lên trong tình yêu thương của gia đình và cộng đồng; chúc gia đình luôn mạnh khỏe, hạnh phúc.`,
      'Chính quyền thân thiện, vì nhân dân phục vụ.',
    ],
    signatureBlock: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'],
  };
}
