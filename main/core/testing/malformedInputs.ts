import { z } from 'zod';

type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  maxLength?: number;
  minLength?: number;
  maxItems?: number;
  minItems?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  examples?: unknown[];
  pattern?: string;
};

export interface MalformedCase {
  readonly name: string;
  readonly input: unknown;
}

const megabyte = 'x'.repeat(1024 * 1024);

/** A JSON Schema of what a caller passes to a channel. */
export const inputJsonSchema = (schema: z.ZodType): JsonSchema =>
  z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;

/** A minimal valid value for a schema, used as the base that each malformed case breaks once. */
export function exampleOf(schema: JsonSchema): unknown {
  if (schema.examples?.length) return schema.examples[0];
  if (schema.const !== undefined) return schema.const;
  if (schema.enum?.length) return schema.enum[0];
  if (schema.anyOf?.[0]) return exampleOf(schema.anyOf[0]);
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'object':
      return Object.fromEntries(
        (schema.required ?? []).map((key) => [key, exampleOf(schema.properties?.[key] ?? {})]),
      );
    case 'array':
      return Array.from({ length: schema.minItems ?? 0 }, () => exampleOf(schema.items ?? {}));
    case 'string':
      return 'a'.repeat(Math.max(1, schema.minLength ?? 1));
    case 'integer':
    case 'number':
      return Math.max(1, schema.minimum ?? 1);
    case 'boolean':
      return true;
    default:
      return null;
  }
}

const wrongTypeFor = (schema: JsonSchema): unknown => {
  if (schema.enum) return '__not_a_member__';
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  return type === 'string' ? 12345 : type === 'array' ? { not: 'a list' } : 'not of this type';
};

/**
 * The example, and the example with each optional object filled in with its own example (so the
 * fields of a nested object, like the compliance part of 'settings:update', can be broken too).
 */
export function exampleVariants(schema: JsonSchema): unknown[] {
  const base = exampleOf(schema) as Record<string, unknown>;
  const variants: unknown[] = [base];
  for (const [key, property] of Object.entries(schema.properties ?? {})) {
    for (const nested of nestedObjectsOf(property)) {
      for (const variant of exampleVariants(nested.schema)) {
        variants.push({ ...base, [key]: nested.wrap(variant) });
      }
    }
  }
  return variants;
}

/**
 * Inputs that must each be refused: wrong top-level types, an unknown key, each field of the wrong
 * type, each required field missing, each string or list one past its limit, 1 MB strings, each
 * patterned string of the wrong shape, each number out of its range; the same again inside every
 * nested object and every object in a list (without the 1 MB cases, which the top level covers).
 */
export function malformedInputs(schema: JsonSchema, depth = 0): MalformedCase[] {
  const base = exampleOf(schema) as Record<string, unknown>;
  const cases: MalformedCase[] = [
    { name: 'null', input: null },
    { name: 'number', input: 42 },
    { name: 'string', input: 'text' },
    { name: 'array', input: [base] },
    { name: 'unknown key', input: { ...base, unexpectedKey: 1 } },
  ];
  if (depth === 0) cases.push({ name: '1 MB unknown key', input: { ...base, padding: megabyte } });
  for (const [key, property] of Object.entries(schema.properties ?? {})) {
    cases.push({ name: `${key}: wrong type`, input: { ...base, [key]: wrongTypeFor(property) } });
    if (schema.required?.includes(key)) {
      const { [key]: _removed, ...rest } = base;
      cases.push({ name: `${key}: missing`, input: rest });
    }
    const string = stringSchemaOf(property);
    if (string?.maxLength !== undefined) {
      cases.push({
        name: `${key}: over the limit`,
        input: { ...base, [key]: 'a'.repeat(string.maxLength + 1) },
      });
      if (string.maxLength < megabyte.length && depth === 0) {
        cases.push({ name: `${key}: 1 MB`, input: { ...base, [key]: megabyte } });
      }
    }
    for (const value of misshapenStrings(string)) {
      cases.push({
        name: `${key}: misshapen ${JSON.stringify(value)}`,
        input: { ...base, [key]: value },
      });
    }
    for (const value of outOfRangeNumbers(property)) {
      cases.push({ name: `${key}: out of range ${value}`, input: { ...base, [key]: value } });
    }
    for (const nested of nestedObjectsOf(property)) {
      for (const inner of malformedInputs(nested.schema, depth + 1)) {
        cases.push({
          name: `${key}${nested.label}.${inner.name}`,
          input: { ...base, [key]: nested.wrap(inner.input) },
        });
      }
    }
    if (property.type === 'array' && property.maxItems !== undefined) {
      const item = exampleOf(property.items ?? {});
      cases.push({
        name: `${key}: too many items`,
        input: { ...base, [key]: Array.from({ length: property.maxItems + 1 }, () => item) },
      });
    }
  }
  return cases;
}

const stringSchemaOf = (schema: JsonSchema): JsonSchema | undefined =>
  schema.type === 'string' ? schema : schema.anyOf?.find((option) => option.type === 'string');

const objectSchemaOf = (schema: JsonSchema | undefined): JsonSchema | undefined =>
  schema?.type === 'object' ? schema : schema?.anyOf?.find((option) => option.type === 'object');

/** A nested object of a property (itself, or the first item of a list), and how to put it back. */
function nestedObjectsOf(
  property: JsonSchema,
): { schema: JsonSchema; label: string; wrap: (value: unknown) => unknown }[] {
  const object = objectSchemaOf(property);
  if (object) return [{ schema: object, label: '', wrap: (value) => value }];
  const items = property.type === 'array' ? objectSchemaOf(property.items) : undefined;
  if (!items || property.maxItems === 0) return [];
  const rest = (exampleOf(property) as unknown[]).slice(1);
  return [{ schema: items, label: '[0]', wrap: (value) => [value, ...rest] }];
}

/**
 * Strings of the right type and length but the wrong shape, which only the pattern refuses: the
 * point where a refinement written for well-shaped values (a date, a month-day) could throw.
 */
function misshapenStrings(string: JsonSchema | undefined): string[] {
  const example = string ? exampleOf(string) : undefined;
  if (string?.pattern === undefined || typeof example !== 'string') return [];
  const pattern = new RegExp(string.pattern);
  const nines = [...example].flatMap((character, index) =>
    /\d/.test(character) ? [example.slice(0, index) + '9' + example.slice(index + 1)] : [],
  );
  const candidates = ['x', example.slice(1), ...nines];
  return [...new Set(candidates)].filter(
    (value) =>
      !pattern.test(value) &&
      value.length >= (string.minLength ?? 0) &&
      value.length <= (string.maxLength ?? Infinity),
  );
}

/** Numbers just outside the range, and a fraction where an integer is asked for. */
function outOfRangeNumbers(schema: JsonSchema): number[] {
  if (schema.type !== 'integer' && schema.type !== 'number') return [];
  const values: number[] = [];
  const safe = (value: number) => Math.abs(value) < Number.MAX_SAFE_INTEGER;
  if (schema.minimum !== undefined && safe(schema.minimum)) values.push(schema.minimum - 1);
  if (schema.maximum !== undefined && safe(schema.maximum)) values.push(schema.maximum + 1);
  if (schema.exclusiveMinimum !== undefined) values.push(schema.exclusiveMinimum);
  if (schema.exclusiveMaximum !== undefined) values.push(schema.exclusiveMaximum);
  if (schema.type === 'integer') values.push((exampleOf(schema) as number) + 0.5);
  return values;
}

/** Paths of strings and lists with no upper bound: every input must be bounded. */
export function unboundedPaths(schema: JsonSchema, path = '$'): string[] {
  const here: string[] = [];
  if (
    schema.type === 'string' &&
    schema.maxLength === undefined &&
    !schema.enum &&
    schema.const === undefined
  ) {
    here.push(path);
  }
  if (schema.type === 'array' && schema.maxItems === undefined) here.push(path);
  if (schema.type === 'object' && schema.additionalProperties !== false)
    here.push(`${path} (accepts unknown keys)`);
  const nested = [
    ...Object.entries(schema.properties ?? {}).map(([key, value]) =>
      unboundedPaths(value, `${path}.${key}`),
    ),
    ...(schema.items ? [unboundedPaths(schema.items, `${path}[]`)] : []),
    ...(schema.anyOf ?? []).map((option) => unboundedPaths(option, path)),
  ];
  return [...here, ...nested.flat()];
}
