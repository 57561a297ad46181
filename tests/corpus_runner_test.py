#!/usr/bin/env python3
"""Tests of the corpus runner itself: it must pass a program whose expect-note
comments are exactly the notes growlint prints, and fail, naming file:line and
the text, on a missing note, an unexpected note, a note at the wrong line and a
wrong text. The cases are small programs written to a temporary folder; their
expect-note texts are taken from growlint's own JSON output, so these tests do
not depend on today's wording of the notes.

Run: corpus_runner_test.py --growlint BIN [unittest args]."""
import collections
import json
import os
import shutil
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import corpus_runner  # noqa: E402

RUNNER = os.path.join(HERE, "corpus_runner.py")
GROWLINT = None

# Two globals grown in the same endless loop, one of them through a helper:
# grow-site notes, a call note, and the same loop note twice.
PROGRAM = """\
// Mistake: two logs grown in an endless loop.
#include <vector>

bool next_value(int *v);

std::vector<int> g_a;  // expect-finding: growth-global-container fix=bounded
std::vector<int> g_b;  // expect-finding: growth-global-container fix=bounded

static void add(int v) {
  g_a.push_back(v);
}

int main() {
  for (;;) {
    int v;
    if (!next_value(&v))
      continue;
    add(v);
    g_b.push_back(v);
  }
}
"""

CORRECT = """\
// Correct (bounded): nothing is kept.
// expect-no-findings
int main() { return 0; }
"""


def printed_notes(path):
    """{line: Counter(message)} of the notes growlint prints for the program,
    without the suggested-fix notes (those are pinned by fix=)."""
    with tempfile.TemporaryDirectory() as tmp:
        p = subprocess.run([GROWLINT, "check", "--format", "json", "--db", os.path.join(tmp, "g.db"), path],
                           capture_output=True, text=True)
    notes = collections.defaultdict(collections.Counter)
    for f in json.loads(p.stdout)["findings"]:
        for n in f["notes"]:
            if not n["message"].startswith("suggested fix"):
                notes[n["line"]][n["message"]] += 1
    return notes


def annotate(source, notes):
    """The source with one trailing expect-note per (line, message)."""
    lines = source.split("\n")
    for line, counter in notes.items():
        for message, count in counter.items():
            times = f" x{count}" if count > 1 else ""
            lines[line - 1] += f"  // expect-note{times}: {message}"
    return "\n".join(lines)


class RunnerTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        tmp = tempfile.mkdtemp(prefix="growlint-runner-probe-")
        try:
            path = os.path.join(tmp, "mistake.cpp")
            with open(path, "w") as fh:
                fh.write(PROGRAM)
            cls.notes = printed_notes(path)
        finally:
            shutil.rmtree(tmp)
        # The program must give the runner something to check.
        assert sum(sum(c.values()) for c in cls.notes.values()) >= 4, cls.notes
        assert any(n > 1 for c in cls.notes.values() for n in c.values()), cls.notes

    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="growlint-runner-test-")
        self.case = os.path.join("rule", "case")
        os.makedirs(os.path.join(self.tmp, self.case))
        self.mistake = os.path.join(self.case, "mistake.cpp")
        self.write("correct-bounded.cpp", CORRECT)

    def tearDown(self):
        shutil.rmtree(self.tmp, ignore_errors=True)

    def write(self, name, text):
        with open(os.path.join(self.tmp, self.case, name), "w") as fh:
            fh.write(text)

    def run_case(self, notes=None, source=None):
        if source is None:
            source = annotate(PROGRAM, self.notes if notes is None else notes)
        self.write("mistake.cpp", source)
        return subprocess.run([sys.executable, RUNNER, "--growlint", GROWLINT, self.case],
                              capture_output=True, text=True, cwd=self.tmp)

    def copy_notes(self):
        notes = collections.defaultdict(collections.Counter)
        for line, c in self.notes.items():
            notes[line].update(c)
        return notes

    def a_note(self):
        """(line, message) of a note printed once."""
        return next((line, m) for line, c in sorted(self.notes.items()) for m, n in c.items() if n == 1)

    def assertPasses(self, p):
        self.assertEqual(p.returncode, 0, p.stdout + p.stderr)
        self.assertIn("2 programs, 0 problems", p.stdout)

    def assertFailsWith(self, p, *messages):
        self.assertEqual(p.returncode, 1, p.stdout + p.stderr)
        for m in messages:
            self.assertIn(m, p.stderr)

    def test_a_fix_told_without_a_correct_program_of_that_kind_fails(self):
        os.remove(os.path.join(self.tmp, self.case, "correct-bounded.cpp"))
        self.write("correct-cleanup.cpp", CORRECT)
        self.assertFailsWith(self.run_case(), "rule/case/mistake.cpp: growlint suggests fix bounded, but no correct "
                             "program of its language shows it (write correct-bounded.cpp, following the suggestion)")

    def test_a_correct_program_of_another_language_does_not_show_the_fix(self):
        os.remove(os.path.join(self.tmp, self.case, "correct-bounded.cpp"))
        self.write("correct-bounded.c", "// Correct (bounded): nothing is kept.\n// expect-no-findings\n"
                                        "int main(void) { return 0; }\n")
        self.assertFailsWith(self.run_case(), "rule/case/mistake.cpp: growlint suggests fix bounded, but no correct")

    def test_a_correct_program_named_for_the_fix_with_a_suffix_shows_it(self):
        os.remove(os.path.join(self.tmp, self.case, "correct-bounded.cpp"))
        self.write("correct-bounded-ring.cpp", CORRECT)
        self.assertPasses(self.run_case())

    def test_a_double_realloc_in_a_correct_program_fails(self):
        self.write("correct-bounded.cpp", CORRECT + "#include <stdlib.h>\nint *p;\n"
                   "void f(size_t n) { int *t = (int *)realloc(p, n); if (t) p = t; p = (int *)realloc(p, n); }\n")
        self.assertFailsWith(self.run_case(), "rule/case/correct-bounded.cpp: "
                             "rule/case/correct-bounded.cpp: 'p' is realloc'd 2 times: a correct way reallocs it once")

    def test_exact_set_of_notes_passes(self):
        self.assertPasses(self.run_case())

    def test_missing_note_fails(self):
        notes = self.copy_notes()
        notes[3]["this note is never printed"] += 1
        self.assertFailsWith(self.run_case(notes),
                             f"{self.mistake}:3: expected note not printed: this note is never printed")

    def test_unexpected_note_fails(self):
        line, message = self.a_note()
        notes = self.copy_notes()
        del notes[line][message]
        self.assertFailsWith(self.run_case(notes), f"{self.mistake}:{line}: unexpected note: {message}")

    def test_note_at_wrong_line_fails(self):
        line, message = self.a_note()
        notes = self.copy_notes()
        del notes[line][message]
        notes[line + 1][message] += 1
        p = self.run_case(notes)
        self.assertFailsWith(p, f"{self.mistake}:{line + 1}: note at the wrong line: expected here, "
                                f"printed at line {line}: {message}")
        self.assertNotIn("unexpected note", p.stderr)

    def test_wrong_text_fails(self):
        line, message = self.a_note()
        notes = self.copy_notes()
        del notes[line][message]
        notes[line][message + " (reworded)"] += 1
        self.assertFailsWith(self.run_case(notes),
                             f"{self.mistake}:{line}: expected note not printed: {message} (reworded)",
                             f"{self.mistake}:{line}: unexpected note: {message}")

    def test_a_prefix_of_the_text_is_not_enough(self):
        line, message = self.a_note()
        notes = self.copy_notes()
        del notes[line][message]
        notes[line][message[:-3]] += 1
        self.assertFailsWith(self.run_case(notes), f"{self.mistake}:{line}: unexpected note: {message}")

    def test_count_of_a_repeated_note_is_checked(self):
        line, message = next((line, m) for line, c in self.notes.items() for m, n in c.items() if n > 1)
        times = self.notes[line][message]
        for wrong in (times - 1, times + 1):
            notes = self.copy_notes()
            notes[line][message] = wrong
            p = self.run_case(notes)
            if wrong < times:
                self.assertFailsWith(p, f"{self.mistake}:{line}: unexpected note: {message}")
            else:
                self.assertFailsWith(p, f"{self.mistake}:{line}: expected note not printed: {message}")

    def test_regex_parts_match(self):
        notes = collections.defaultdict(collections.Counter)
        for line, c in self.notes.items():
            for message, count in c.items():
                notes[line][message[:5] + "{{.*}}" + message[-3:]] = count
        self.assertPasses(self.run_case(notes))

    def test_regex_part_that_does_not_match_fails(self):
        line, message = self.a_note()
        notes = self.copy_notes()
        del notes[line][message]
        notes[line][message + "{{[0-9]+}}"] += 1
        self.assertFailsWith(self.run_case(notes), f"{self.mistake}:{line}: unexpected note: {message}")

    def test_note_written_on_the_line_above(self):
        line, message = self.a_note()
        notes = self.copy_notes()
        del notes[line][message]
        source = annotate(PROGRAM, notes).split("\n")
        source[line - 2] += f"  // expect-note@+1: {message}"
        self.assertPasses(self.run_case(source="\n".join(source)))

    def test_several_notes_on_one_line_in_one_comment_run(self):
        line, message = self.a_note()
        source = annotate(PROGRAM, self.notes).split("\n")
        source[line - 1] += "  // expect-note: an extra note"
        self.assertFailsWith(self.run_case(source="\n".join(source)),
                             f"{self.mistake}:{line}: expected note not printed: an extra note")

    def test_malformed_expect_note_fails(self):
        source = annotate(PROGRAM, self.notes).split("\n")
        source[2] += "  // expect-note this has no colon"
        self.assertFailsWith(self.run_case(source="\n".join(source)), f"{self.mistake}:3: malformed expect-note")

    def test_expect_note_in_a_correct_program_fails(self):
        self.write("correct-cleanup.cpp", CORRECT.replace("int main", "int main() ;  // expect-note: x\nint f"))
        self.assertFailsWith(self.run_case(), "correct-cleanup.cpp: a correct program must say expect-no-findings")


class ParseTest(unittest.TestCase):
    """The expectation syntax, without growlint."""

    def parse(self, path, line):
        notes, errors = corpus_runner.parse_notes(path, 10, line)
        return [(n.line, n.text, n.count) for n in notes], errors

    def test_two_notes_after_a_finding_on_one_line(self):
        line = "int g;  // expect-finding: r fix=bounded  // expect-note: A b  // expect-note x2: C // d"
        self.assertEqual(self.parse("a.cpp", line), ([(10, "A b", 1), (10, "C // d", 2)], []))

    def test_python_comments(self):
        self.assertEqual(self.parse("a.py", "x.append(1)  # expect-note: 'x' grows  # expect-note@-2: L"),
                         ([(10, "'x' grows", 1), (8, "L", 1)], []))
        self.assertEqual(self.parse("a.cpp", "f();  # expect-note: L")[1][0],
                         "a.cpp:10: malformed expect-note (write '// expect-note: TEXT', "
                         "'@+N' / '@-N' and ' xCOUNT' before the colon)")

    def test_errors(self):
        self.assertIn("without a text", self.parse("a.cpp", "f();  // expect-note:   ")[1][0])
        self.assertIn("at least 1", self.parse("a.cpp", "f();  // expect-note x0: A")[1][0])
        self.assertIn("bad {{regex}}", self.parse("a.cpp", "f();  // expect-note: A{{(}}")[1][0])

    def test_regex_is_anchored_and_literal_outside_braces(self):
        r = corpus_runner.note_regex("'g' grows here ({{push_back|emplace}})")
        self.assertTrue(r.fullmatch("'g' grows here (emplace)"))
        self.assertFalse(r.fullmatch("'g' grows here (emplace) again"))
        self.assertFalse(corpus_runner.note_regex("a.b").fullmatch("axb"))

    def test_fix_note_is_checked(self):
        def finding(fix_messages, where=("f.cpp", 3, 5)):
            return {"path": "f.cpp", "line": 3, "column": 5, "container": "g", "fix": "bounded",
                    "notes": [{"path": where[0], "line": where[1], "column": where[2], "message": m}
                              for m in fix_messages]}
        ok = finding(["suggested fix (bounded): cap it"])
        self.assertEqual(corpus_runner.check_fix_notes([ok]), ([], []))
        self.assertEqual(corpus_runner.check_fix_notes([finding([])])[1],
                         ["f.cpp:3: finding 'g' has 0 suggested-fix notes, expected 1"])
        self.assertEqual(corpus_runner.check_fix_notes([finding(["suggested fix (cleanup): clear it"])])[1],
                         ["f.cpp:3: suggested-fix note does not name fix bounded: "
                          "suggested fix (cleanup): clear it"])
        self.assertEqual(corpus_runner.check_fix_notes([finding(["suggested fix (bounded): cap"],
                                                                ("f.cpp", 9, 1))])[1],
                         ["f.cpp:3: suggested-fix note is at f.cpp:9:1, not at the declaration"])


if __name__ == "__main__":
    args = sys.argv[1:]
    if len(args) >= 2 and args[0] == "--growlint":
        GROWLINT = os.path.abspath(args[1])
        args = args[2:]
    else:
        sys.exit("usage: corpus_runner_test.py --growlint BIN [unittest args]")
    unittest.main(argv=[sys.argv[0]] + args, verbosity=2)
