import Ajv, { ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { defaultMetadataStorage } from 'class-transformer/cjs/storage';
import { getMetadataStorage, MetadataStorage } from 'class-validator';
import { validationMetadatasToSchemas } from 'class-validator-jsonschema';

type JsonObject = Record<string, unknown>;
type ContractClass = new () => object;
/** The parts of an `EventDefinition` a schema needs (event-definition.ts imports this file). */
interface SchemaSource {
  type: string;
  dataClass: ContractClass;
}

const DEFINITIONS = '#/definitions/';

let generated: Record<string, JsonObject> | undefined;
const compiled = new Map<string, ValidateFunction>();
const ajv = addFormats(
  new Ajv({
    // like class-validator's whitelist: fields added later within a version are dropped
    removeAdditional: true,
    allErrors: false,
    strict: false,
  }),
);

/** The class-validator metadata of a contract class, its inherited properties included. */
function validationMetadataOf(
  target: ContractClass,
): ReturnType<MetadataStorage['getTargetValidationMetadatas']> {
  return getMetadataStorage().getTargetValidationMetadatas(target, '', true, false);
}

/** The contract class and every class it nests, each once. */
export function contractClasses(root: ContractClass): ContractClass[] {
  const found = new Set<ContractClass>();
  const visit = (target: ContractClass): void => {
    if (found.has(target)) {
      return;
    }
    found.add(target);
    for (const metadata of validationMetadataOf(target)) {
      if (metadata.type === 'nestedValidation') {
        const nested: unknown = defaultMetadataStorage
          .findTypeMetadata(target, metadata.propertyName)
          ?.typeFunction();
        if (typeof nested === 'function') {
          visit(nested as ContractClass);
        }
      }
    }
  };
  visit(root);
  return [...found];
}

/**
 * The JSON Schemas the compiled validator of one event type uses: generated from the same
 * class-validator decorators the producers use (as the AsyncAPI catalogue is), closed to
 * unknown fields, and with every `@IsDefined` field required even where a `@ValidateIf`
 * makes it conditional, so the schema is never laxer than class-validator.
 */
export function consumerSchemas(definition: SchemaSource): Record<string, JsonObject> {
  generated ??= validationMetadatasToSchemas({
    classTransformerMetadataStorage: defaultMetadataStorage,
    refPointerPrefix: DEFINITIONS,
  }) as Record<string, JsonObject>;
  const schemas: Record<string, JsonObject> = {};
  for (const target of contractClasses(definition.dataClass)) {
    const schema = generated[target.name];
    if (!schema) {
      throw new Error(`No JSON Schema for ${target.name}`);
    }
    const required = new Set((schema.required as string[] | undefined) ?? []);
    for (const metadata of validationMetadataOf(target)) {
      if (metadata.name === 'isDefined') {
        required.add(metadata.propertyName);
      }
    }
    schemas[target.name] = { ...schema, required: [...required], additionalProperties: false };
  }
  return schemas;
}

/**
 * A validator compiled once per event type: microseconds per event where class-validator
 * takes tens (docs/benchmarks.md). It may refuse what class-validator accepts (a
 * conditional field becomes required), never the reverse (compiled-validation.spec.ts checks
 * that every decorator has its schema keyword), so a refusal is confirmed by class-validator,
 * which also words the errors.
 */
export function compiledValidatorFor(definition: SchemaSource): ValidateFunction {
  let validate = compiled.get(definition.type);
  if (!validate) {
    const definitions = consumerSchemas(definition);
    validate = ajv.compile({ ...definitions[definition.dataClass.name], definitions });
    compiled.set(definition.type, validate);
  }
  return validate;
}
