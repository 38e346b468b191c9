import { type Row } from '../runner';

/**
 * How one stored column reads back into a domain field, and what it holds when a record leaves it out. Each entity
 * lists its columns once (src/store/columns/<entity>.ts): `Columns<T>` wants one column per field of T, so a field
 * added to a domain type does not compile until its column is listed; the list then maps stored rows back to
 * records (`fromColumns`) and gives tests their blank record (`blankOf`).
 */
export interface Column<V> {
  /** The field from its stored value (`row` for fields stored over several columns). */
  read(v: unknown, row: Row): V;
  blank: V;
}

/** One column per field of T (optional fields included). */
export type Columns<T> = { [K in keyof T]-?: Column<T[K]> };

/** A record as one write of it stores it: every field but its version (a save adds it, an import bumps it). */
export type Unversioned<T> = T extends unknown ? Omit<T, 'version'> : never;

export const text: Column<string> = { read: (v) => String(v), blank: '' };
export const optionalText: Column<string | null> = { read: (v) => (v == null ? null : String(v)), blank: null };
export const optionalNumber: Column<number | null> = { read: (v) => (v == null ? null : Number(v)), blank: null };
export const textList: Column<string[]> = { read: (v) => (Array.isArray(v) ? v.map(String) : []), blank: [] };
/** Stored as JSON text (both engines keep maps of any shape that way). */
export const json: Column<Record<string, unknown>> = {
  read: (v) => (v == null ? {} : (JSON.parse(String(v)) as Record<string, unknown>)),
  blank: {},
};
export const version: Column<number> = { read: (v) => (v == null ? 1 : Number(v)), blank: 1 };

/** A column of one of a fixed set of values (an enum), stored as its text. */
export function oneOf<T extends string>(blank: T): Column<T> {
  return { read: (v) => String(v) as T, blank };
}
export function optionalOneOf<T extends string>(): Column<T | null> {
  return { read: (v) => (v == null ? null : (String(v) as T)), blank: null };
}

/** The record a stored row (a node's properties, or a read's columns) holds. */
export function fromColumns<T>(columns: Columns<T>, row: Row): T {
  const out: Partial<Record<keyof T, unknown>> = {};
  for (const key of Object.keys(columns) as (keyof T & string)[]) out[key] = columns[key].read(row[key], row);
  return out as T;
}

/** A record with every column blank: tests' factories start from it. */
export function blankOf<T>(columns: Columns<T>): T {
  const out: Partial<Record<keyof T, unknown>> = {};
  for (const key of Object.keys(columns) as (keyof T & string)[]) {
    const blank = columns[key].blank;
    out[key] = Array.isArray(blank) ? [] : blank && typeof blank === 'object' ? {} : blank;
  }
  return out as T;
}
