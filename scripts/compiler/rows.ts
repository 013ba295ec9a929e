/**
 * Records turned into the rows of their tables (flatten.ts) and back: `rowsToRecords` undoes
 * `recordsToRows`. Every field of a record has one cell; an empty cell is an absent value, and a
 * required list with no rows is an empty list. Cells are read back with the validator's one rule
 * (src/cells.ts).
 */
import { cellValue } from '../../src/cells.ts';
import { setAtPath, valueAtPath } from '../../src/json-pointer.ts';
import type { Cell, JsonRecord, Row, Table } from './flatten.ts';

const toCell = (value: unknown): Cell => (value === undefined || value === null ? '' : String(value));

const keyOf = (row: Row, columns: readonly string[]) => columns.map((column) => row[column] ?? '').join('\u0000');

const childrenOf = (tables: readonly Table[], table: Table) => tables.filter((candidate) => candidate.parent === table.name);

/** Flattens records of one kind into rows of each of its tables (tables must come from `deriveTables`). */
export const recordsToRows = (tables: readonly Table[], records: readonly unknown[]): Map<string, Row[]> => {
  const rows = new Map<string, Row[]>(tables.map((table) => [table.name, []]));
  const emit = (table: Table, items: readonly unknown[], parentKey: readonly Cell[]) => {
    items.forEach((item, index) => {
      const row: Record<string, Cell> = {};
      for (const column of table.columns) {
        if (column.role === 'parent-key') row[column.name] = parentKey[table.parentKeyColumns.indexOf(column.name)] ?? '';
        else if (column.role === 'position') row[column.name] = String(index + 1);
        else if (column.role === 'value') row[column.name] = toCell(item);
        else row[column.name] = toCell(valueAtPath(item, column.path));
      }
      rows.get(table.name)?.push(row);
      const ownKey = table.primaryKey.map((key) => row[key] ?? '');
      for (const child of childrenOf(tables, table)) {
        const array = valueAtPath(item, child.arrayPath);
        if (Array.isArray(array)) emit(child, array, ownKey);
      }
    });
  };
  const root = tables.find((table) => table.parent === undefined);
  if (root !== undefined) emit(root, records, []);
  return rows;
};

/** A row that names a parent no row of the parent table has. */
export interface OrphanRow {
  readonly table: string;
  /** 0-based index of the row in its table. */
  readonly rowIndex: number;
  readonly parentKey: readonly string[];
}

/**
 * Rebuilds the records of one kind from the rows of its tables: the inverse of `recordsToRows`.
 * Rows whose parent is missing are returned in `orphans` instead of being dropped silently.
 */
export const rowsToRecords = (
  tables: readonly Table[],
  rowsByTable: ReadonlyMap<string, readonly Row[]>,
): { records: JsonRecord[]; orphans: OrphanRow[] } => {
  const itemsByKey = new Map<string, Map<string, unknown>>();
  const orphans: OrphanRow[] = [];
  const records: JsonRecord[] = [];
  const build = (table: Table, row: Row): unknown => {
    const value = table.columns.find((column) => column.role === 'value');
    if (value !== undefined) return cellValue(row[value.name] ?? '', value.type);
    const item: JsonRecord = {};
    for (const column of table.columns) {
      const cell = row[column.name] ?? '';
      if (column.role === 'field' && cell !== '') setAtPath(item, column.path, cellValue(cell, column.type));
    }
    return item;
  };
  for (const table of tables) {
    const items = new Map<string, unknown>();
    itemsByKey.set(table.name, items);
    const parentItems = table.parent === undefined ? undefined : itemsByKey.get(table.parent);
    (rowsByTable.get(table.name) ?? []).forEach((row, rowIndex) => {
      const item = build(table, row);
      items.set(keyOf(row, table.primaryKey), item);
      if (parentItems === undefined) {
        records.push(item as JsonRecord);
        return;
      }
      const parent = parentItems.get(keyOf(row, table.parentKeyColumns));
      if (parent === undefined) {
        orphans.push({ table: table.name, rowIndex, parentKey: table.parentKeyColumns.map((column) => row[column] ?? '') });
        return;
      }
      const existing = valueAtPath(parent, table.arrayPath);
      if (Array.isArray(existing)) existing.push(item);
      else setAtPath(parent as JsonRecord, table.arrayPath, [item]);
    });
    // A required array with no rows is an empty array, wherever the object that holds it exists.
    if (parentItems !== undefined && table.arrayRequired) {
      for (const parent of parentItems.values()) {
        const holder = valueAtPath(parent, table.arrayPath.slice(0, -1));
        const last = table.arrayPath.at(-1);
        if (last !== undefined && holder !== null && typeof holder === 'object' && !Array.isArray((holder as JsonRecord)[last])) {
          (holder as JsonRecord)[last] = [];
        }
      }
    }
  }
  return { records, orphans };
};
