/**
 * The module the build compiles (scripts/compiler/compiled-module.ts): ajv's standalone validators,
 * one per record schema and one per CSV table, and what the runtime needs to know of the schemas
 * and tables. The runtime never compiles a schema itself and needs no ajv.
 */
import type { RulesModel } from '../rules.ts';
import type { AjvError } from './issues.ts';
import type { ItemLimits } from './item-limits.ts';
import type { SchemaInfo, TableInfo } from './types.ts';

export interface CompiledValidator {
  (data: unknown): boolean;
  errors?: readonly AjvError[] | null;
}

export interface CompiledModule {
  /** By record kind: every error of a record, the record rules included (src/rules.ts). */
  readonly records: Readonly<Record<string, CompiledValidator>>;
  /** By table: a row of typed cells. */
  readonly rows: Readonly<Record<string, CompiledValidator>>;
  /**
   * By schema name: where a record's lists are and how long each may be, checked before the
   * validator on large records (item-limits.ts); for a dataset schema, its record count (maxItems).
   */
  readonly limits: Readonly<Record<string, ItemLimits>>;
  readonly tables: readonly TableInfo[];
  readonly schemas: readonly SchemaInfo[];
  readonly rules: RulesModel;
  /** What each pattern of the schemas asks for, in words. */
  readonly patternMessages: Readonly<Record<string, string>>;
}
