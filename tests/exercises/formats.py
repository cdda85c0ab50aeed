"""formats.py: the grader's results in the formats course platforms read,
and the checks that they are well formed.

- Gradescope's results.json: the score, and each test with its name, score,
  max_score, status ("passed" or "failed") and output.
- JUnit XML, which CI systems and many graders import: one testsuite per
  exercise, one testcase per test, a failure element for each failed test.
  (Check writes XML of its own, in another schema.)
- A GitHub Classroom autograding configuration (.github/classroom/
  autograding.json): one entry per graded test, which runs the grader on
  that test alone and awards its points if it passes.

tests/exercises/schemas/ holds a schema for each, ours; `make check`
validates what the grader writes against them (JSON Schema with
python3-jsonschema, XML Schema with xmllint).  The grader works on
dictionaries made by grade.py's exercise_results: each exercise with its
"chapter", "name", "extra", "notes" (what concerns the whole exercise: a
compile error, warnings, a forbidden call) and "tests", each with "name",
"points", "passed", "message", "output" and "seconds"."""

import json
import re
import subprocess
import xml.etree.ElementTree as ElementTree
from pathlib import Path

SCHEMAS = Path(__file__).resolve().parent / "schemas"
RESULTS_SCHEMA = SCHEMAS / "results.schema.json"
JUNIT_SCHEMA = SCHEMAS / "junit.xsd"
CLASSROOM_SCHEMA = SCHEMAS / "autograding.schema.json"

# What a failing test shows of its program's output on a platform: its end,
# where the failure is.
OUTPUT_SHOWN = 4000
# XML 1.0 cannot hold these characters even escaped; a test may print them.
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
# Tests that a teacher adds (--extra-tests) are shown to students on
# Gradescope only once the assignment's due date has passed.
VISIBILITY = {False: "visible", True: "after_due_date"}
# A Classroom test runs one graded test: a few seconds, bounded by the
# grader's own limits; Classroom counts its timeout in minutes.
CLASSROOM_TIMEOUT_MINUTES = 2
CLASSROOM_SETUP = "make deps && make -s VARIANT=debug lib"


def suite_name(exercise):
    extra = " (extra)" if exercise["extra"] else ""
    return f"{exercise['chapter']}/{exercise['name']}{extra}"


def test_output(test):
    """What a platform shows for one test: the message, then the end of
    the program's output if it failed."""
    if test["passed"]:
        return "passed"
    shown = test["output"][-OUTPUT_SHOWN:]
    return test["message"] + ("\n\n" + shown if shown else "")


def gradescope(exercises):
    tests = []
    for exercise in exercises:
        for test in exercise["tests"]:
            tests.append({
                "name": f"{suite_name(exercise)}: {test['name']}",
                "score": test["points"] if test["passed"] else 0,
                "max_score": test["points"],
                "status": "passed" if test["passed"] else "failed",
                "output": test_output(test),
                "visibility": VISIBILITY[exercise["extra"]],
            })
    notes = [f"{suite_name(e)}: {note}" for e in exercises
             for note in e["notes"]]
    return {
        "score": sum(t["score"] for t in tests),
        "max_score": sum(t["max_score"] for t in tests),
        "output": "\n".join(notes),
        "tests": tests,
    }


def xml_text(text):
    return NOT_XML.sub("?", text)


def junit(exercises):
    """The JUnit XML document, as an ElementTree."""
    tests = [t for e in exercises for t in e["tests"]]
    root = ElementTree.Element(
        "testsuites", name="Collecting Cycles", tests=str(len(tests)),
        failures=str(sum(not t["passed"] for t in tests)),
        time=seconds(tests))
    for exercise in exercises:
        root.append(junit_suite(exercise))
    return ElementTree.ElementTree(root)


def seconds(tests):
    return f"{sum(t['seconds'] for t in tests):.3f}"


def junit_suite(exercise):
    tests = exercise["tests"]
    suite = ElementTree.Element(
        "testsuite", name=suite_name(exercise), tests=str(len(tests)),
        failures=str(sum(not t["passed"] for t in tests)), errors="0",
        skipped="0", time=seconds(tests))
    earned = sum(t["points"] for t in tests if t["passed"])
    add_properties(suite, points=earned,
                   max_points=sum(t["points"] for t in tests))
    for test in tests:
        case = ElementTree.SubElement(
            suite, "testcase", name=test["name"],
            classname=suite_name(exercise).replace("/", "."),
            time=f"{test['seconds']:.3f}")
        add_properties(case, points=test["points"] if test["passed"] else 0,
                       max_points=test["points"])
        if not test["passed"]:
            failure = ElementTree.SubElement(
                case, "failure", message=xml_text(test["message"]),
                type="failed")
            failure.text = xml_text(test["output"][-OUTPUT_SHOWN:])
    if exercise["notes"]:
        ElementTree.SubElement(suite, "system-out").text = \
            xml_text("\n".join(exercise["notes"]))
    return suite


def add_properties(element, **values):
    properties = ElementTree.SubElement(element, "properties")
    for name, value in values.items():
        ElementTree.SubElement(properties, "property", name=name,
                               value=str(value))


def classroom(exercises):
    """Classroom's configuration: each test run alone by `make grade`, which
    exits 0 only if it passed (GRADE_EXPECT=all)."""
    tests = []
    for exercise in exercises:
        where = f"{exercise['chapter']}/{exercise['name']}"
        for test in exercise["tests"]:
            tests.append({
                "name": f"{where}: {test['name']}",
                "setup": CLASSROOM_SETUP,
                "run": f"make -s grade EX={where} GRADE_TEST={test['name']} "
                       "GRADE_EXPECT=all",
                "input": "",
                "output": "",
                "comparison": "included",
                "timeout": CLASSROOM_TIMEOUT_MINUTES,
                "points": test["points"],
            })
    return {"tests": tests}


def write_json(path, document):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(document, indent=2) + "\n")


def write_junit(path, exercises):
    path.parent.mkdir(parents=True, exist_ok=True)
    tree = junit(exercises)
    ElementTree.indent(tree)
    tree.write(path, encoding="UTF-8", xml_declaration=True)


class Invalid(Exception):
    """A file that its schema rejects."""


def validate_json(path, schema_path):
    import jsonschema  # python3-jsonschema, needed by `make check` only
    document = json.loads(Path(path).read_text())
    schema = json.loads(schema_path.read_text())
    try:
        jsonschema.validate(document, schema)
    except jsonschema.ValidationError as error:
        where = "/".join(map(str, error.absolute_path)) or "the top"
        raise Invalid(f"{path}: at {where}: {error.message}") from None
    return document


def validate_junit(path):
    result = subprocess.run(
        ["xmllint", "--noout", "--schema", str(JUNIT_SCHEMA), str(path)],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if result.returncode != 0:
        raise Invalid(result.stdout.strip())
