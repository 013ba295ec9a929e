/** The module the build compiles (scripts/compiler/compiled-module.ts): a validator per record schema and per CSV table, and what the runtime knows of them. */
import type { RuleError, RulesModel } from '../rules.ts';
import type { ItemLimits } from './item-limits.ts';
import type { SchemaInfo, TableInfo } from './types.ts';

export interface CompiledValidator {
  (data: unknown): boolean;
  /** As ajv makes them, without message or data: the schema's, or a rule keyword's. */
  errors?: readonly RuleError[] | null;
}

export interface CompiledModule {
  /** By record kind: every error of a record, the record rules included (src/rules.ts). */
  readonly records: Readonly<Record<string, CompiledValidator>>;
  /** By table: a row of typed cells. */
  readonly rows: Readonly<Record<string, CompiledValidator>>;
  /** By schema name: the bounds of a record's lists (item-limits.ts); a dataset schema's maxItems. */
  readonly limits: Readonly<Record<string, ItemLimits>>;
  readonly tables: readonly TableInfo[];
  readonly schemas: readonly SchemaInfo[];
  readonly rules: RulesModel;
  /** What each pattern of the schemas asks for, in words. */
  readonly patternMessages: Readonly<Record<string, string>>;
}
