#!/usr/bin/env python3
"""validate_json.py SCHEMA.json DOC.json... [--expect-invalid]

Validates each document against a JSON Schema draft 2020-12 schema (python3-jsonschema,
Draft202012Validator with format checking). Exit 0 when every document is valid, or with
--expect-invalid when every document is invalid; prints one line per document."""
import json
import sys

from jsonschema import Draft202012Validator


def main(argv):
    expect_invalid = "--expect-invalid" in argv
    paths = [a for a in argv if a != "--expect-invalid"]
    if len(paths) < 2:
        print(__doc__)
        return 2
    with open(paths[0], encoding="utf-8") as f:
        schema = json.load(f)
    Draft202012Validator.check_schema(schema)
    validator = Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
    status = 0
    for path in paths[1:]:
        with open(path, encoding="utf-8") as f:
            doc = json.load(f)
        errors = sorted(validator.iter_errors(doc), key=lambda e: list(e.path))
        if errors:
            print(f"{path}: INVALID: {errors[0].message} at {list(errors[0].path)}")
        else:
            print(f"{path}: valid")
        if bool(errors) != expect_invalid:
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
