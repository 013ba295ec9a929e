/** A JSON document's records (json-array.ts), and whether the document's shape fits the schema. */
import { DEFAULT_MAX_RECORD_BYTES, type InputProblem, type Utf8Decoder } from './bytes.ts';
import type { SchemaInfo } from './types.ts';
import { JsonDocumentScanner } from './json-array.ts';
import type { TextRecordSink } from './ndjson.ts';

/** An element's place: pointers into it start with its index; the single object (-1) is record 0. */
const placeOf = (file: string, index: number, line: number) => (index === -1 ? { file, line, record: 0 } : { file, line, record: index, pointerPrefix: `/${index}` });

export const jsonReader = (
  decode: Utf8Decoder,
  file: string,
  schema: SchemaInfo,
  sink: TextRecordSink,
  inputProblem: (line: number, problem: InputProblem, column?: number) => void,
  maxItems: number | undefined,
) => {
  let elements = 0;
  let bytes = 0;
  const maxRecords = schema.isDataset ? (maxItems ?? Number.POSITIVE_INFINITY) : Number.POSITIVE_INFINITY;
  const scanner = new JsonDocumentScanner(
    decode,
    {
      element: (index, line, text) => {
        if (index === -1 && schema.isDataset) {
          sink.unreadable({ file, line, record: 0 }, { code: 'wrong-type', message: `the ${schema.name} schema expects a JSON array of records, not one object` });
          return;
        }
        elements += 1;
        if (elements === maxRecords + 1) {
          inputProblem(line, { code: 'out-of-range', message: `the ${schema.name} dataset holds at most ${maxRecords} records; this file holds more` });
        }
        sink.record(placeOf(file, index, line), text, false);
      },
      elementProblem: (index, line, problem) => sink.unreadable(placeOf(file, index, line), problem),
      inputProblem,
    },
    DEFAULT_MAX_RECORD_BYTES,
  );
  return {
    push: (chunk: Uint8Array) => {
      bytes += chunk.length;
      scanner.push(chunk);
    },
    end: () => {
      if (bytes > 0) scanner.end();
    },
    get reading() {
      return scanner.reading;
    },
  };
};
