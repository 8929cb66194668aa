import { getMetadataStorage } from 'class-validator';

import { validBirth } from '../../test/valid-birth';
import { BIRTH_REGISTERED_V1 } from './birth-registered.v1';
import { compiledValidatorFor, consumerSchemas, contractClasses } from './compiled-validation';
import { EVENT_CATALOGUE } from './event-catalogue';
import { validateEventData } from './event-definition';
import { LETTER_CREATED_V1 } from './letter-created.v1';

type JsonObject = Record<string, any>;

/**
 * The schema keyword(s) that carry each class-validator constraint. A decorator missing here
 * fails the test below: add its keyword, or the compiled validator could accept what
 * class-validator refuses. @IsOptional and @ValidateIf only ever relax class-validator, so a
 * schema without them is stricter, never laxer.
 */
const KEYWORDS: Record<string, (property: JsonObject, required: boolean) => boolean> = {
  isString: (property) => property.type === 'string',
  isLength: (property) => property.minLength !== undefined || property.maxLength !== undefined,
  matches: (property) => typeof property.pattern === 'string',
  isIn: (property) => Array.isArray(property.enum),
  isUuid: (property) => property.format === 'uuid',
  isIso8601: (property) =>
    JSON.stringify(property).includes('"format":"date-time"') ||
    JSON.stringify(property).includes('"format":"date"'),
  min: (property) => property.minimum !== undefined,
  max: (property) => property.maximum !== undefined,
  isInt: (property) => property.type === 'integer',
  isEmail: (property) => property.format === 'email',
  isBoolean: (property) => property.type === 'boolean',
  isNumber: (property) => property.type === 'number',
  isArray: (property) => property.type === 'array',
  arrayMaxSize: (property) => property.maxItems !== undefined,
  nestedValidation: (property) => JSON.stringify(property).includes('"$ref"'),
  isDefined: (_property, required) => required,
};

describe('compiled consumer validation', () => {
  it('should carry every class-validator constraint of every contract class into its schema', () => {
    const missing: string[] = [];
    for (const definition of EVENT_CATALOGUE) {
      const schemas = consumerSchemas(definition);
      for (const target of contractClasses(definition.dataClass)) {
        const schema = schemas[target.name];
        const storage = getMetadataStorage();
        for (const metadata of storage.getTargetValidationMetadatas(target, '', true, false)) {
          if (metadata.type === 'conditionalValidation') {
            continue; // @IsOptional, @ValidateIf: they only relax class-validator
          }
          const constraint = metadata.name ?? metadata.type;
          const properties = (schema.properties ?? {}) as Record<string, JsonObject>;
          const property = properties[metadata.propertyName] ?? {};
          const required = (schema.required as string[]).includes(metadata.propertyName);
          const carried = KEYWORDS[constraint];
          const checked = metadata.each ? (property.items ?? {}) : property;
          if (!carried?.(checked, required)) {
            missing.push(`${target.name}.${metadata.propertyName}: ${constraint}`);
          }
        }
      }
    }
    expect([...new Set(missing)]).toEqual([]);
  });

  it('should accept valid events and drop fields added later, as class-validator does', () => {
    const data = { ...validBirth(), addedInAMinorRelease: 'x' };

    expect(compiledValidatorFor(BIRTH_REGISTERED_V1)(data)).toBe(true);
    expect(data).not.toHaveProperty('addedInAMinorRelease');
    expect(validateEventData(BIRTH_REGISTERED_V1, validBirth(), 'consumer')).toEqual({
      ok: true,
      data: validBirth(),
    });
  });

  it('should refuse what class-validator refuses, with class-validator’s messages', () => {
    const broken = { ...validBirth(), communeCode: '147', child: { fullName: '', sex: 'x' } };

    expect(compiledValidatorFor(BIRTH_REGISTERED_V1)(structuredClone(broken))).toBe(false);
    const result = validateEventData(BIRTH_REGISTERED_V1, broken, 'consumer');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.join('\n')).toMatch(/communeCode/);
    expect(validateEventData(LETTER_CREATED_V1, { letterId: 'nope' }, 'consumer').ok).toBe(false);
  });

  it('should leave the last word to class-validator where the schema is stricter', () => {
    // @ValidateIf: the father may be missing when the mother is named
    const motherOnly = validBirth();
    delete motherOnly.father;

    expect(compiledValidatorFor(BIRTH_REGISTERED_V1)(structuredClone(motherOnly))).toBe(false);
    expect(validateEventData(BIRTH_REGISTERED_V1, motherOnly, 'consumer').ok).toBe(true);
  });
});
