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
 * Inputs that must each be refused: wrong top-level types, an unknown key, each field of the wrong
 * type, each required field missing, each string or list one past its limit, 1 MB strings.
 */
export function malformedInputs(schema: JsonSchema): MalformedCase[] {
  const base = exampleOf(schema) as Record<string, unknown>;
  const cases: MalformedCase[] = [
    { name: 'null', input: null },
    { name: 'number', input: 42 },
    { name: 'string', input: 'text' },
    { name: 'array', input: [base] },
    { name: 'unknown key', input: { ...base, unexpectedKey: 1 } },
    { name: '1 MB unknown key', input: { ...base, padding: megabyte } },
  ];
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
      if (string.maxLength < megabyte.length) {
        cases.push({ name: `${key}: 1 MB`, input: { ...base, [key]: megabyte } });
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
