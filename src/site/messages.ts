/** What the dataset page and its validator worker say to each other. */
import type { InputFormat, SchemaName, ValidationReport } from '../validate/browser.ts';

/** One file to check, and how to read it. */
export interface FileToCheck {
  readonly file: File;
  readonly format: InputFormat;
  readonly schema: SchemaName;
  readonly table?: string;
}

/** Page → worker: check these files, in one run. */
export interface ValidateRequest {
  readonly files: readonly FileToCheck[];
}

/** Worker → page. */
export type WorkerReply =
  | { readonly type: 'progress'; readonly bytes: number; readonly totalBytes: number }
  | { readonly type: 'done'; readonly report: ValidationReport }
  | { readonly type: 'failed'; readonly message: string };
