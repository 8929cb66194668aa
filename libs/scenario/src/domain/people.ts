import { SeededRandom } from './random';

export interface Person {
  familyName: string;
  fullName: string;
  sex: 'male' | 'female';
}

const FAMILY_NAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đỗ', 'Bùi', 'Đặng', 'Lương'];
const MIDDLE = { male: ['Văn', 'Minh', 'Đức', 'Quang', 'Hữu'], female: ['Thị', 'Ngọc', 'Thu'] };
const GIVEN = {
  male: ['An', 'Bình', 'Cường', 'Dũng', 'Hùng', 'Khôi', 'Long', 'Nam', 'Phúc', 'Sơn', 'Tuấn'],
  female: ['Anh', 'Bích', 'Chi', 'Dung', 'Hà', 'Hoa', 'Lan', 'Mai', 'Ngân', 'Thảo', 'Yến'],
};
const STREETS = ['Trần Phú', 'Lê Lợi', 'Hàng Đồng', 'Phan Chu Trinh', 'Lê Hoàn', 'Tống Duy Tân'];

/** A Vietnamese name (NFC), of the given sex and family when they matter. */
export function person(
  random: SeededRandom,
  sex: Person['sex'] = random.next() < 0.5 ? 'male' : 'female',
  familyName: string = random.pick(FAMILY_NAMES),
): Person {
  const name = `${familyName} ${random.pick(MIDDLE[sex])} ${random.pick(GIVEN[sex])}`;
  return { familyName, fullName: name.normalize('NFC'), sex };
}

export function streetAddress(random: SeededRandom): string {
  return `Số ${random.int(1, 199)}, phố ${random.pick(STREETS)}`.normalize('NFC');
}
