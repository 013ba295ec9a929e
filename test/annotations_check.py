"""Checks dist/annotations/ against the kept source files, with no code of the build.

    python3 test/annotations_check.py DIST_DIR REPOSITORY_DIR

For every Web Annotation: its source file (found through dist/json/sources.json) has the SHA-256
the annotation states; slicing the file's text by code points at the TextPositionSelector gives
the TextQuoteSelector's exact text, and the 32 code points around it its prefix and suffix; the
record and JSON Pointer of its body hold that text with its line breaks folded to spaces. Every
value the JSON Schemas mark verbatim has exactly one annotation, and csv/derived/quotations.csv has the same
places. Prints "ok N" and exits 0, or prints each problem and exits 1.
"""

import csv
import hashlib
import json
import pathlib
import sys
import urllib.parse

CONTEXT = "http://www.w3.org/ns/anno.jsonld"
JSON_POINTER = "http://tools.ietf.org/rfc/rfc6901"
RECORDS = "https://unpkg.com/china-st-meetings/dist/json/"
VERBATIM = "Verbatim:"


def fold(text):
    return " ".join(text.split())


def resolve_pointer(value, pointer):
    """RFC 6901: each token unescaped (~1 is /, ~0 is ~); None when it leads nowhere."""
    for token in pointer.split("/")[1:]:
        token = token.replace("~1", "/").replace("~0", "~")
        if isinstance(value, list) and token.isdigit() and int(token) < len(value):
            value = value[int(token)]
        elif isinstance(value, dict) and token in value:
            value = value[token]
        else:
            return None
    return value


def verbatim_pointers(schema, node, value, pointer, found):
    """JSON Pointers of every value under `value` that the schema marks verbatim ($comment)."""
    if value is None or not isinstance(node, dict):
        return
    if "$ref" in node:
        target = node["$ref"].split("/")[-1]
        merged = dict(schema["$defs"][target])
        merged.update({key: item for key, item in node.items() if key != "$ref"})
        node = merged
    if str(node.get("$comment", "")).startswith(VERBATIM) and isinstance(value, str):
        found.add(pointer)
    for keyword in ("oneOf", "anyOf", "allOf"):
        for variant in node.get(keyword, []):
            verbatim_pointers(schema, variant, value, pointer, found)
    if isinstance(value, list) and "items" in node:
        for index, item in enumerate(value):
            verbatim_pointers(schema, node["items"], item, f"{pointer}/{index}", found)
    if isinstance(value, dict):
        for key, child in node.get("properties", {}).items():
            if key in value:
                verbatim_pointers(schema, child, value[key], f"{pointer}/{key}", found)


def line_of(text, offset):
    """1-based line of a code point offset (CR LF, LF and CR end a line)."""
    before = text[:offset]
    return before.count("\n") + before.count("\r") - before.count("\r\n") + 1


def main(dist, root):
    problems = []
    sources = json.loads((dist / "json/sources.json").read_text("utf-8"))
    files = {}
    for source in sources:
        if "path" in source:
            data = (root / source["path"]).read_bytes()
            files[source["path"]] = (data, hashlib.sha256(data).hexdigest(), source)
    # Every dataset file, with its dataset schema (schema/NAME.schema.json: an array of its records).
    datasets = {path.stem: json.loads(path.read_text("utf-8")) for path in sorted((dist / "json").glob("*.json"))}
    expected = set()
    for name, records in datasets.items():
        schema = json.loads((dist / f"schema/{name}.schema.json").read_text("utf-8"))
        for record in records:
            found = set()
            verbatim_pointers(schema, schema["items"], record, "", found)
            expected |= {(name, record["id"], pointer) for pointer in found}

    seen = {}
    for path in sorted((dist / "annotations").glob("*.jsonld")):
        collection = json.loads(path.read_text("utf-8"))
        items = collection.get("first", {}).get("items", [])
        if collection.get("@context") != CONTEXT or collection.get("type") != "AnnotationCollection":
            problems.append(f"{path.name}: not an AnnotationCollection with the Web Annotation context")
        if collection.get("total") != len(items):
            problems.append(f"{path.name}: total {collection.get('total')} but {len(items)} items")
        for item in items:
            where = item.get("id", "?")
            body, target = item.get("body", {}), item.get("target", {})
            if item.get("type") != "Annotation" or body.get("type") != "SpecificResource" or target.get("type") != "SpecificResource":
                problems.append(f"{where}: not an Annotation with SpecificResource body and target")
                continue
            selector = body.get("selector", {})
            if selector.get("type") != "FragmentSelector" or selector.get("conformsTo") != JSON_POINTER:
                problems.append(f"{where}: the body's selector is not an RFC 6901 FragmentSelector")
            record_iri = body.get("source", "")
            dataset, _, record_id = record_iri.removeprefix(RECORDS).partition(".json#")
            pointer = urllib.parse.unquote(selector.get("value", ""))
            key = (dataset, record_id, pointer)
            if key in seen:
                problems.append(f"{where}: a second annotation of {key}")
            source_id = target.get("source", {}).get("id", "")
            path_in_package = source_id.split("/", 4)[-1] if source_id.startswith("https://unpkg.com/china-st-meetings@") else ""
            if path_in_package not in files:
                problems.append(f"{where}: its target {source_id} is no kept source of sources.json")
                continue
            data, digest, source = files[path_in_package]
            if target["source"].get("schema:sha256") != digest or source.get("sha256") != digest:
                problems.append(f"{where}: the file hashes to {digest}, the annotation says {target['source'].get('schema:sha256')}")
            text = data.decode("utf-8")
            selectors = {entry.get("type"): entry for entry in target.get("selector", [])}
            position, quote = selectors.get("TextPositionSelector", {}), selectors.get("TextQuoteSelector", {})
            start, end = position.get("start", -1), position.get("end", -1)
            if not (0 <= start < end <= len(text)):
                problems.append(f"{where}: start {start} and end {end} are not a span of the text")
                continue
            if text[start:end] != quote.get("exact"):
                problems.append(f"{where}: code points {start}-{end} are {text[start:end]!r}, not {quote.get('exact')!r}")
            if quote.get("prefix") != text[max(0, start - 32):start] or quote.get("suffix") != text[end:end + 32]:
                problems.append(f"{where}: the prefix or suffix is not the 32 code points around the span")
            records = [record for record in datasets.get(dataset, []) if record.get("id") == record_id]
            value = resolve_pointer(records[0], pointer) if records else None
            if not isinstance(value, str) or value != fold(text[start:end]):
                problems.append(f"{where}: {record_iri} {pointer} holds {value!r}, not the span {fold(text[start:end])!r}")
            seen[key] = (source["id"], start, end, line_of(text, start), line_of(text, end - 1), text[start:end])

    if set(seen) != expected:
        for key in sorted(expected - set(seen)):
            problems.append(f"no annotation for the verbatim value {key}")
        for key in sorted(set(seen) - expected):
            problems.append(f"an annotation of {key}, which is no verbatim value")

    with open(dist / "csv/derived/quotations.csv", encoding="utf-8", newline="") as table:
        rows = {(row["dataset"], row["record_id"], row["pointer"]): row for row in csv.DictReader(table)}
    if set(rows) != set(seen):
        problems.append(f"csv/derived/quotations.csv has {len(rows)} rows for {len(seen)} annotations, not the same quotations")
    for key, (source_id, start, end, line_start, line_end, exact) in seen.items():
        row = rows.get(key)
        if row is not None and (row["source_id"], int(row["start"]), int(row["end"]), int(row["line_start"]), int(row["line_end"]), row["exact"]) != (source_id, start, end, line_start, line_end, exact):
            problems.append(f"csv/derived/quotations.csv {key}: {dict(row)} is not the annotation's place (lines {line_start}-{line_end})")

    if problems:
        print("\n".join(problems))
        return 1
    print(f"ok {len(seen)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])))
