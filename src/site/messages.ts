/** What the dataset page and its validator worker say to each other. */
import type { InputFormat, SchemaName, ValidationReport } from '../validate/browser.ts';

/** Page → worker: check this file. */
export interface ValidateRequest {
  readonly file: File;
  readonly format: InputFormat;
  readonly schema: SchemaName;
  readonly table?: string;
}

/** Worker → page. */
export type WorkerReply =
  | { readonly type: 'progress'; readonly bytes: number; readonly totalBytes: number }
  | { readonly type: 'done'; readonly report: ValidationReport }
  | { readonly type: 'failed'; readonly message: string };
