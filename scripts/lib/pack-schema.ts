/** JSON Schemas for editors, generated from the one zod schema (knowledge/schema.ts). */
import { z } from 'zod';
import { schemas, SCHEMA_VERSION } from '@/knowledge/schema';

export const PACK_SCHEMA_FILE = 'docs/pack.schema.json';
export const SOURCE_SCHEMA_FILE = 'docs/pack-source.schema.json';

/** A compiled pack (or a single-file pack). `io: 'input'` so fields with defaults are optional, as authors write them. */
export function packJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(schemas().pack, { io: 'input' }),
    title: `Tact knowledge pack (schemaVersion ${SCHEMA_VERSION})`,
  };
}

/** One YAML source file of a pack folder: pack.yaml or a file of entries/countries/intents/detection. */
export function sourceJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(schemas().pack.partial(), { io: 'input' }),
    title: `Tact knowledge pack source file (schemaVersion ${SCHEMA_VERSION})`,
  };
}
