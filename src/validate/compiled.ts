/**
 * The shape of the validators that the build compiles with ajv's standalone code generation.
 * The runtime receives them as a module; it never compiles a schema itself and needs no ajv.
 */
import type { RulesHoldFactory, RulesModel } from '../rules.ts';

/** An ajv error object (the fields this package reads). */
export interface AjvError {
  readonly keyword: string;
  readonly instancePath: string;
  readonly schemaPath: string;
  readonly params: Readonly<Record<string, unknown>>;
  readonly message?: string;
  /** With ajv's `verbose` option: the keyword's value, the schema holding it, and the data. */
  readonly schema?: unknown;
  readonly parentSchema?: Readonly<Record<string, unknown>>;
  readonly data?: unknown;
}

/** See CompiledModule.rowCells. */
export type RowCellsFactory = (columnAt: (name: string) => number) => (cells: readonly string[]) => boolean;

export interface CompiledValidator {
  (data: unknown): boolean;
  errors?: readonly AjvError[] | null;
}

export type RecordKind = 'meeting' | 'person' | 'organization' | 'source-document';
export type DatasetKey = 'meetings' | 'people' | 'organizations' | 'sources';

export interface ColumnInfo {
  readonly name: string;
  readonly type: 'string' | 'integer' | 'number' | 'boolean' | 'date';
  readonly required: boolean;
  /** The table whose `id` this column refers to. */
  readonly references?: string;
  /** In a record table: the property path of the cell's value in the record. */
  readonly path?: readonly string[];
}

export interface TableInfo {
  readonly name: string;
  readonly recordKind: RecordKind;
  readonly columns: readonly ColumnInfo[];
  readonly primaryKey: readonly string[];
  readonly parent?: string;
  readonly parentKeyColumns: readonly string[];
  /** True when the rows' `number` must count 1..n within each parent, as the records' lists must. */
  readonly numbered?: boolean;
}

export interface SchemaInfo {
  readonly name: string;
  readonly title: string;
  readonly description: string;
  /** The record kind whose records the schema checks (a dataset schema checks an array of them). */
  readonly recordKind: RecordKind;
  readonly dataset: DatasetKey;
  readonly isDataset: boolean;
}

/** Where a record's lists are and how long each may be (from the schema's maxItems). */
export interface ItemLimits {
  readonly maxItems?: number;
  readonly items?: ItemLimits;
  readonly properties?: Readonly<Record<string, ItemLimits>>;
}

export interface CompiledModule {
  /** What the rules need to know of the schemas (see src/rules.ts), derived by the build. */
  readonly rules: RulesModel;
  /** The same rules written out per dataset by the build, to clear the records that break none quickly. */
  readonly rulesHold: RulesHoldFactory;
  /** Per record kind: checked before the full validator, so that a list too long is refused before its items are checked. */
  readonly limits: Readonly<Record<RecordKind, ItemLimits>>;
  /** Stops at the first error: the fast path for valid records. */
  readonly fast: Readonly<Record<RecordKind, CompiledValidator>>;
  /**
   * Runs a `fast` validator on a record parsed from a JSON text in which textHasNoLineBreaks
   * found no backslash, U+0085, U+2028 or U+2029: its strings are then not searched for line breaks.
   */
  readonly fastInTextWithoutLineBreaks: (validate: CompiledValidator, data: unknown) => boolean;
  /** Collects every error, verbosely: run only on records that failed the fast path. */
  readonly full: Readonly<Record<RecordKind, CompiledValidator>>;
  /** One per CSV table, for a row of typed cells: stops at the first error. */
  readonly rowsFast: Readonly<Record<string, CompiledValidator>>;
  /** The same, collecting every error verbosely. */
  readonly rows: Readonly<Record<string, CompiledValidator>>;
  /**
   * One per CSV table, generated from its row schema (scripts/compiler/row-cells.ts): given where
   * each column is in a file's header (-1 when absent), a check of a row's cells that is true only
   * when `rowsFast` would accept the row built from them; false when not sure.
   */
  readonly rowCells: Readonly<Record<string, RowCellsFactory>>;
  readonly tables: readonly TableInfo[];
  readonly schemas: readonly SchemaInfo[];
}
