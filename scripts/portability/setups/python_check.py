"""Validates portability documents with python-jsonschema or jsonschema-rs, in one process.

Reads one JSON object on standard input:
  {"schemas": {NAME: SCHEMA}, "documents": [[NAME, INSTANCE], ...],
   "setups": [{"id": ID, "engine": "jsonschema" | "jsonschema-rs", "formats": BOOL}]}
and writes {"versions": {...}, "results": {ID: {"loadErrors": {NAME: MESSAGE},
"outcomes": ["valid" | "invalid" | {"error": MESSAGE} | null, ...]}}}.

PORTABILITY_HIDE names modules (comma-separated) to hide before jsonschema is imported: python-jsonschema
checks `format: uri` only when rfc3987 (or rfc3986-validator) imports, so hiding it gives the
checker of an installation without it.
"""
import importlib.metadata
import json
import os
import sys

for hidden in filter(None, os.environ.get("PORTABILITY_HIDE", "").split(",")):
    sys.modules[hidden] = None  # an import of it now raises ImportError


def first_line(error):
    return (str(error).splitlines() or [type(error).__name__])[0][:300]


def version(distribution):
    try:
        return importlib.metadata.version(distribution)
    except importlib.metadata.PackageNotFoundError:
        return None


def python_jsonschema(schema, formats):
    from jsonschema import Draft202012Validator, FormatChecker

    # check_schema also compiles every pattern with `re` (format "regex" of the meta-schema).
    Draft202012Validator.check_schema(schema)
    validator = Draft202012Validator(schema, format_checker=FormatChecker() if formats else None)
    return validator.is_valid


def rust_jsonschema(schema, formats):
    import jsonschema_rs

    validator = jsonschema_rs.Draft202012Validator(schema, validate_formats=formats)
    return validator.is_valid


ENGINES = {"jsonschema": python_jsonschema, "jsonschema-rs": rust_jsonschema}


def main():
    request = json.loads(sys.stdin.buffer.read().decode("utf-8"))
    results = {}
    for setup in request["setups"]:
        compile_schema = ENGINES[setup["engine"]]
        validators, load_errors = {}, {}
        for name, schema in request["schemas"].items():
            try:
                validators[name] = compile_schema(schema, setup["formats"])
            except Exception as error:  # a schema the engine cannot load is a result, not a crash
                load_errors[name] = first_line(error)
        outcomes = []
        for name, instance in request["documents"]:
            validate = validators.get(name)
            if validate is None:
                outcomes.append(None)
                continue
            try:
                outcomes.append("valid" if validate(instance) else "invalid")
            except Exception as error:  # jsonschema-rs refuses strings with lone surrogates
                outcomes.append({"error": first_line(error)})
        results[setup["id"]] = {"loadErrors": load_errors, "outcomes": outcomes}
    versions = {
        "python": sys.version.split()[0],
        **{name: version(name) for name in ("jsonschema", "jsonschema-rs", "rfc3987", "rfc3986-validator", "rfc3339-validator")},
    }
    sys.stdout.buffer.write(json.dumps({"versions": versions, "results": results}, ensure_ascii=True).encode("ascii"))


main()
