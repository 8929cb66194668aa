import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';

import {
  BooleanField,
  CommuneCodeField,
  DateField,
  EnumField,
  InstantField,
  IntField,
  NestedField,
  PatternField,
  ProcedureKeyField,
  TextField,
  TextListField,
} from './field.decorators';

class AssigneeForm {
  @TextField({ label: 'Tên người xử lý', min: 1, max: 10 })
  name: string;
}

class CaseForm {
  @CommuneCodeField()
  communeCode: string;

  @ProcedureKeyField({ optional: true, max: 20 })
  procedureKey?: string;

  @TextField({
    label: 'Mã tài khoản',
    min: 1,
    max: 5,
    optional: true,
    example: 'can-bo',
    description: 'Account of the officer',
  })
  id?: string;

  @TextField({ label: 'Nội dung', max: 8 })
  content: string;

  @TextField({ label: 'Lý do', min: 0, max: 4, optional: true })
  reason?: string;

  @PatternField({ label: 'Số điện thoại', pattern: /^\d{9,15}$/, rule: 'gồm 9 đến 15 chữ số' })
  phone: string;

  @EnumField({ label: 'Nơi đặt', values: ['cultural-house', 'residential-group', 'desk'] })
  location: string;

  @EnumField({ label: 'Định dạng', values: ['pdf', 'csv'], optional: true, default: 'pdf' })
  format?: string;

  @IntField({ label: 'Số ngày gia hạn', min: 1, max: 30, unit: 'ngày', basis: 'Luật Tố cáo' })
  days: number;

  @IntField({ label: 'Số bộ', optional: true })
  sets?: number;

  @IntField({ label: 'Số công dân', min: 1, max: 100_000, optional: true })
  citizens?: number;

  @BooleanField({ label: 'Chuyển lãnh đạo', optional: true, query: true })
  escalated?: boolean;

  @InstantField({ label: 'Thời điểm trả lời', optional: true })
  answeredAt?: string;

  @DateField({ label: 'Ngày tổ chức' })
  heldOn: string;

  @NestedField({ label: 'Người xử lý', type: AssigneeForm })
  assignee: AssigneeForm;

  @NestedField({
    label: 'Danh sách người xử lý khác',
    type: AssigneeForm,
    optional: true,
    list: { unit: 'người xử lý', max: 2 },
  })
  others?: AssigneeForm[];

  @TextListField({
    label: 'Danh sách người tham gia',
    itemLabel: 'Họ tên người tham gia',
    list: { unit: 'người tham gia', min: 1, max: 2 },
    itemMax: 6,
  })
  officers: string[];
}

const VALID = {
  communeCode: '14797',
  content: 'Đèn hỏng',
  phone: '0912345678',
  location: 'desk',
  days: 30,
  heldOn: '2026-03-05',
  assignee: { name: 'Tổ 5' },
  officers: ['Lan'],
};

async function problems(body: object): Promise<Record<string, string[]>> {
  const errors = await validate(plainToInstance(CaseForm, body));
  const flat = (list: typeof errors, parent = ''): [string, string[]][] =>
    list.flatMap((error) => {
      const path = parent ? `${parent}.${error.property}` : error.property;
      const own: [string, string[]][] = error.constraints
        ? [[path, Object.values(error.constraints)]]
        : [];
      return [...own, ...flat(error.children ?? [], path)];
    });
  return Object.fromEntries(flat(errors));
}

/** What @nestjs/swagger stored for a property (its DECORATORS.API_MODEL_PROPERTIES key). */
function swagger(property: keyof CaseForm): Record<string, unknown> {
  return Reflect.getMetadata('swagger/apiModelProperties', CaseForm.prototype, property) as Record<
    string,
    unknown
  >;
}

describe('field decorators', () => {
  it('should accept a valid form and leave the optional fields out', async () => {
    expect(await problems(VALID)).toEqual({});
    expect(await problems({ ...VALID, reason: '', others: [{ name: 'Tổ 7' }] })).toEqual({});
  });

  it('should read true and false from a query string', async () => {
    const form = plainToInstance(CaseForm, { ...VALID, escalated: 'false' });
    expect(form.escalated).toBe(false);
    expect(await problems({ ...VALID, escalated: 'yes' })).toEqual({
      escalated: ['Chuyển lãnh đạo phải là true hoặc false.'],
    });
  });

  it('should word every broken rule from the label, last written rule first as when stacked', async () => {
    expect(
      await problems({
        communeCode: '1479',
        procedureKey: 'Khai Sinh',
        id: 123,
        content: '',
        reason: 'quá dài',
        phone: '12',
        location: 'park',
        format: 'doc',
        days: 2.5,
        sets: 'two',
        answeredAt: '2026-03-02T17:00:00',
        heldOn: '2026-02-30',
        officers: 'Lan',
      }),
    ).toEqual({
      communeCode: ['communeCode phải là mã xã, phường gồm 5 chữ số'],
      procedureKey: ['procedureKey phải là mã thủ tục viết thường, nối bằng dấu gạch ngang'],
      id: ['Mã tài khoản dài từ 1 đến 5 ký tự.', 'Mã tài khoản phải là chuỗi ký tự.'],
      content: ['Nội dung không được để trống.'],
      reason: ['Lý do không được dài quá 4 ký tự.'],
      phone: ['Số điện thoại gồm 9 đến 15 chữ số.'],
      location: ['Nơi đặt phải là cultural-house, residential-group hoặc desk.'],
      format: ['Định dạng phải là pdf hoặc csv.'],
      days: ['Số ngày gia hạn phải là số nguyên.'],
      sets: ['Số bộ phải là số nguyên.'],
      answeredAt: [
        'Thời điểm trả lời phải là thời điểm có múi giờ, ví dụ 2026-03-02T17:00:00+07:00.',
      ],
      heldOn: ['Ngày tổ chức phải là một ngày có thật, dạng YYYY-MM-DD.'],
      assignee: ['Người xử lý không được để trống.'],
      officers: [
        'Tối đa 2 người tham gia.',
        'Cần ít nhất 1 người tham gia.',
        'Danh sách người tham gia phải là một mảng.',
      ],
    });
  });

  it('should word bounds with their unit and legal basis, and lengths in characters', async () => {
    expect(
      await problems({
        ...VALID,
        procedureKey: 'a'.repeat(21),
        content: 'Đèn chiếu sáng hỏng',
        days: 31,
        assignee: { name: '' },
        others: [{ name: 'Tổ 1' }, { name: 'Tổ 2' }, { name: 'Tổ 3' }],
        officers: [],
      }),
    ).toEqual({
      procedureKey: ['procedureKey không được dài quá 20 ký tự.'],
      content: ['Nội dung không được dài quá 8 ký tự.'],
      days: ['Số ngày gia hạn tối đa là 30 ngày (Luật Tố cáo).'],
      'assignee.name': ['Tên người xử lý dài từ 1 đến 10 ký tự.'],
      others: ['Tối đa 2 người xử lý.'],
      officers: ['Cần ít nhất 1 người tham gia.'],
    });
    expect(
      await problems({
        ...VALID,
        days: 0,
        officers: ['Lan', 'Hoa', 'Minh'],
        answeredAt: '2026-02-30T10:00:00Z',
      }),
    ).toEqual({
      days: ['Số ngày gia hạn tối thiểu là 1 ngày.'],
      officers: ['Tối đa 2 người tham gia.'],
      answeredAt: ['Thời điểm trả lời không phải là thời điểm có thật.'],
    });
  });

  it('should write large bounds as official texts do, and name a nested part that is no object', async () => {
    expect(
      await problems({ ...VALID, citizens: 100_001, assignee: 'Tổ 5', others: ['Tổ 7'] }),
    ).toEqual({
      citizens: ['Số công dân tối đa là 100.000.'],
      assignee: ['Người xử lý phải là một đối tượng.'],
      'others.0': ['Mỗi phần tử của danh sách người xử lý khác phải là một đối tượng.'],
    });
  });

  it('should check each entry of a text list', async () => {
    expect(await problems({ ...VALID, officers: ['Lan', 'Một cái tên dài'] })).toEqual({
      officers: ['Họ tên người tham gia dài từ 1 đến 6 ký tự.'],
    });
  });

  it('should refuse an instant in the basic ISO form, which Date cannot read', async () => {
    expect(Number.isNaN(new Date('20260302T170000Z').getTime())).toBe(true);
    expect((await problems({ ...VALID, answeredAt: '20260302T170000Z' })).answeredAt).toEqual([
      'Thời điểm trả lời phải là thời điểm có múi giờ, ví dụ 2026-03-02T17:00:00+07:00.',
    ]);
  });

  it('should publish what the rules allow in the OpenAPI metadata', () => {
    expect(swagger('communeCode')).toMatchObject({ type: String, example: '14797' });
    expect(swagger('communeCode')).not.toHaveProperty('required');
    expect(swagger('id')).toMatchObject({
      required: false,
      type: String,
      minLength: 1,
      maxLength: 5,
      example: 'can-bo',
      description: 'Account of the officer',
    });
    expect(swagger('content')).toMatchObject({ minLength: 1, maxLength: 8 });
    expect(swagger('reason')).not.toHaveProperty('minLength');
    expect(swagger('format')).toMatchObject({
      required: false,
      enum: ['pdf', 'csv'],
      default: 'pdf',
    });
    expect(swagger('days')).toMatchObject({ type: 'integer', minimum: 1, maximum: 30 });
    expect(swagger('escalated')).toMatchObject({ required: false, type: Boolean });
    expect(swagger('answeredAt')).toMatchObject({ format: 'date-time' });
    expect(swagger('heldOn')).toMatchObject({ type: String, format: 'date' });
    expect(swagger('assignee')).toMatchObject({ type: AssigneeForm });
    expect(swagger('others')).toMatchObject({
      required: false,
      type: AssigneeForm,
      isArray: true,
      maxItems: 2,
    });
    expect(swagger('officers')).toMatchObject({ type: String, isArray: true, minItems: 1 });

    expect(swagger('id')).not.toHaveProperty('default');
  });
});
