"""Checks recorded server exchanges against schemas/openapi.yaml.

Usage: python3 openapi_conformance.py SPEC EXCHANGES [REPORT_SCHEMA]

SPEC is the OpenAPI document; EXCHANGES a JSON array of {path, method, status, contentType, body}.
Checks that the document is valid OpenAPI 3.1, that every answer's status is documented for its
operation, that its media type is one the operation declares for that status, that JSON bodies
validate against the declared schema, and that every documented (operation, status) pair was
exercised. With REPORT_SCHEMA, 200 answers of POST /v1/check are also validated against it.
Prints one line per problem and exits 1 if there is any.
"""
import json
import sys

import yaml
from jsonschema import Draft202012Validator
from openapi_spec_validator import validate


def pointer_escape(segment):
    return segment.replace("~", "~0").replace("/", "~1")


def main():
    spec_path, exchanges_path = sys.argv[1], sys.argv[2]
    with open(spec_path, encoding="utf-8") as handle:
        spec = yaml.safe_load(handle)
    validate(spec)
    with open(exchanges_path, encoding="utf-8") as handle:
        exchanges = json.load(handle)
    report_validator = None
    if len(sys.argv) > 3:
        with open(sys.argv[3], encoding="utf-8") as handle:
            report_validator = Draft202012Validator(json.load(handle))

    problems = []
    seen = set()
    for exchange in exchanges:
        path, method, status = exchange["path"], exchange["method"], str(exchange["status"])
        operation = spec["paths"].get(path, {}).get(method)
        where = f"{method.upper()} {path} -> {status}"
        if operation is None:
            problems.append(f"{where}: operation not in the document")
            continue
        response = operation["responses"].get(status)
        if response is None:
            problems.append(f"{where}: status not documented")
            continue
        seen.add((path, method, status))
        response_pointer = f"#/paths/{pointer_escape(path)}/{method}/responses/{status}"
        if "$ref" in response:
            response_pointer = response["$ref"]
            name = response_pointer.rsplit("/", 1)[1]
            response = spec["components"]["responses"][name]
        media_type = exchange["contentType"].split(";")[0].strip()
        content = response.get("content", {})
        if media_type not in content:
            problems.append(f"{where}: media type {media_type!r} not declared ({', '.join(content)})")
            continue
        if media_type != "application/json":
            continue
        try:
            body = json.loads(exchange["body"])
        except ValueError as error:
            problems.append(f"{where}: body is not JSON: {error}")
            continue
        schema = dict(spec)
        schema["$ref"] = f"{response_pointer}/content/{pointer_escape(media_type)}/schema"
        for error in Draft202012Validator(schema).iter_errors(body):
            problems.append(f"{where}: {error.json_path}: {error.message[:200]}")
        if report_validator and path == "/v1/check" and status == "200":
            for error in report_validator.iter_errors(body):
                problems.append(f"{where}: report schema: {error.json_path}: {error.message[:200]}")

    for path, operations in spec["paths"].items():
        for method, operation in operations.items():
            for status in operation["responses"]:
                if (path, method, status) not in seen:
                    problems.append(f"{method.upper()} {path} -> {status}: documented but never exercised")

    for problem in problems:
        print(problem)
    print(f"{len(exchanges)} exchanges checked, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
