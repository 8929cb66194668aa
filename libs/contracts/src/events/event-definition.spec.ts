import { validBirth } from '../../test/valid-birth';
import { TOPIC_CATALOGUE, TOPICS } from '../topics/topic-catalogue';
import { BIRTH_REGISTERED_V1, BirthRegisteredV1 } from './birth-registered.v1';
import { EVENT_CATALOGUE, findEventDefinition } from './event-catalogue';
import { EventValidationResult, validateEventData } from './event-definition';
import { LETTER_CREATED_V1 } from './letter-created.v1';

const validLetter = (): Record<string, unknown> => ({
  letterId: '5a3c8e21-9b7d-4f1e-8c6a-2d4e6f8a0b1c',
  communeCode: '14797',
  kind: 'birth-congratulation',
  subjectKey: 'birth:0b8f5a9e-5e0e-4a39-a3c4-7f2d2c1f6a01',
  recipientName: 'Ông Lê Văn Hùng và Bà Phạm Thị Thu Hà',
  createdAt: '2026-11-28T20:00:00.000Z',
});

function errorsOf<T>(result: EventValidationResult<T>): string[] {
  if (result.ok) {
    throw new Error('expected the data to be refused');
  }
  return result.errors;
}

describe('validateEventData', () => {
  it('should accept a complete birth.registered.v1 event and return a typed instance', () => {
    const result = validateEventData(BIRTH_REGISTERED_V1, validBirth(), 'producer');

    expect(result.ok).toBe(true);
    expect(result.ok && result.data).toBeInstanceOf(BirthRegisteredV1);
    expect(result.ok && result.data.child.fullName).toBe('Lê Minh Khôi');
  });

  it('should accept a birth with only the mother named', () => {
    const { father: _father, ...onlyMother } = validBirth();

    expect(validateEventData(BIRTH_REGISTERED_V1, onlyMother, 'producer').ok).toBe(true);
  });

  it('should refuse unknown fields on the producer side', () => {
    const errors = errorsOf(
      validateEventData(
        BIRTH_REGISTERED_V1,
        { ...validBirth(), nationalId: '038123456789' },
        'producer',
      ),
    );

    expect(errors).toEqual([expect.stringMatching(/^nationalId: .*should not exist/)]);
  });

  it('should drop unknown fields on the consumer side, so producers can add fields within a version', () => {
    const result = validateEventData(
      BIRTH_REGISTERED_V1,
      { ...validBirth(), nationalId: '038123456789' },
      'consumer',
    );

    expect(result.ok).toBe(true);
    expect(result.ok && result.data).not.toHaveProperty('nationalId');
  });

  it('should refuse a birth without father and mother, saying a father or mother is required', () => {
    const { father: _father, mother: _mother, ...noParents } = validBirth();

    const errors = errorsOf(validateEventData(BIRTH_REGISTERED_V1, noParents, 'consumer'));

    expect(errors).toEqual([expect.stringMatching(/^father: father or mother is required/)]);
  });

  it('should refuse a commune code that is not five digits', () => {
    const errors = errorsOf(
      validateEventData(BIRTH_REGISTERED_V1, { ...validBirth(), communeCode: '1479' }, 'consumer'),
    );

    expect(errors).toEqual(['communeCode: communeCode must be a 5-digit commune code']);
  });

  it('should refuse a date of birth that is not YYYY-MM-DD and name the nested path', () => {
    const data = validBirth();
    data.child = { fullName: 'Lê Minh Khôi', dateOfBirth: '20/11/2026', sex: 'male' };

    const errors = errorsOf(validateEventData(BIRTH_REGISTERED_V1, data, 'consumer'));

    expect(errors).toEqual(['child.dateOfBirth: dateOfBirth must be a date YYYY-MM-DD']);
  });

  it('should refuse a sex other than male or female and name the nested path', () => {
    const data = validBirth();
    data.child = { fullName: 'Lê Minh Khôi', dateOfBirth: '2026-11-20', sex: 'unknown' };

    const errors = errorsOf(validateEventData(BIRTH_REGISTERED_V1, data, 'consumer'));

    expect(errors).toEqual([expect.stringMatching(/^child\.sex: /)]);
  });

  it('should refuse a birth without an address', () => {
    const { address: _address, ...noAddress } = validBirth();

    const errors = errorsOf(validateEventData(BIRTH_REGISTERED_V1, noAddress, 'consumer'));

    expect(errors).toEqual(expect.arrayContaining([expect.stringMatching(/^address: /)]));
  });

  it('should report every broken rule at once', () => {
    const data = { ...validBirth(), communeCode: 'abc', provinceCode: '1' };

    const errors = errorsOf(validateEventData(BIRTH_REGISTERED_V1, data, 'consumer'));

    expect(errors).toEqual([
      'communeCode: communeCode must be a 5-digit commune code',
      'provinceCode: provinceCode must be a 2-digit province code',
    ]);
  });

  it.each([
    ['null', null],
    ['a string', 'birth'],
    ['an array', [validBirth()]],
  ])('should refuse data that is %s instead of a JSON object', (_label, data) => {
    expect(validateEventData(BIRTH_REGISTERED_V1, data, 'consumer')).toEqual({
      ok: false,
      errors: ['data: must be a JSON object'],
    });
  });

  it('should accept a valid letter.created.v1 event', () => {
    expect(validateEventData(LETTER_CREATED_V1, validLetter(), 'producer').ok).toBe(true);
  });

  it('should refuse a letter kind outside the catalogue', () => {
    const errors = errorsOf(
      validateEventData(LETTER_CREATED_V1, { ...validLetter(), kind: 'invitation' }, 'consumer'),
    );

    expect(errors).toEqual([expect.stringMatching(/^kind: /)]);
  });
});

describe('EVENT_CATALOGUE', () => {
  it('should derive CloudEvents types as <name>.v<version>', () => {
    expect(BIRTH_REGISTERED_V1.type).toBe('birth.registered.v1');
    expect(LETTER_CREATED_V1.type).toBe('letter.created.v1');
  });

  it('should route births to the civil-status topic and letters to the letter topic', () => {
    expect(BIRTH_REGISTERED_V1.topic).toBe(TOPICS.civilStatus);
    expect(LETTER_CREATED_V1.topic).toBe(TOPICS.letter);
  });

  it('should only use topics that the topic catalogue describes', () => {
    const topics = TOPIC_CATALOGUE.map((topic) => topic.name);

    for (const definition of EVENT_CATALOGUE) {
      expect(topics).toContain(definition.topic);
    }
  });

  it('should list each event type once', () => {
    const types = EVENT_CATALOGUE.map((definition) => definition.type);

    expect(new Set(types).size).toBe(types.length);
  });

  it('should find a definition by type and nothing for an unknown type', () => {
    expect(findEventDefinition('birth.registered.v1')).toBe(BIRTH_REGISTERED_V1);
    expect(findEventDefinition('birth.registered.v2')).toBeUndefined();
  });
});
