#!/usr/bin/env python3
"""`growlint report --html DIR` as a user sees it, in headless Chromium (issue 14):
the page is self-contained, its filters by rule, state, triage and path hide
the right findings when used, the notes are drawn under the source lines they
point at, and the history chart shows findings, new and fixed per run. A
screenshot of the page is saved in --out-dir.

A script appended to a copy of the page uses it as a user would (it changes a
filter and fires the event a user's change fires, clicks the legend and a run
of the chart) and writes what it saw into the page as JSON; Chromium's
--dump-dom prints the page after its scripts ran.

Run: html_test.py --growlint BIN --out-dir DIR [unittest args]. Exit 77
(skipped) when Chromium is not installed (scripts/setup.sh installs it)."""
import html.parser
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
GROWLINT = None
OUT_DIR = None
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
SERVER = open(os.path.join(HERE, "fixtures", "basic", "server.cpp")).read()
WORKER = """// A worker that remembers every job id it has seen.
#include <vector>

bool next_job(int &id);

void handle(int id) {
  static std::vector<int> seen;
  seen.push_back(id);
}

int main() {
  int id;
  while (next_job(id)) handle(id);
}
"""
GIT = ["git", "-c", "user.email=t@t", "-c", "user.name=t"]

# What the appended script does with the page, and what it writes back.
PROBE = r"""
<script>
(function () {
  var out = {};
  var byId = function (id) { return document.getElementById(id); };
  function visible() {
    return Array.prototype.filter.call(document.querySelectorAll('article.finding'), function (a) {
      return !a.hidden && a.getClientRects().length > 0;
    }).map(function (a) { return a.querySelector('.container').textContent + ' ' + a.dataset.state; });
  }
  function use(id, value) {
    var e = byId(id);
    e.value = value;
    e.dispatchEvent(new Event(id === 'f-path' ? 'input' : 'change', {bubbles: true}));
    return {shown: visible(), count: byId('shown').textContent, none: !byId('none-shown').hidden};
  }
  function reset() { byId('f-reset').click(); }
  out.initial = {shown: visible(), count: byId('shown').textContent};
  out.rule = use('f-rule', 'growth-static-local'); reset();
  out.state = use('f-state', 'unchanged'); reset();
  out.triage = use('f-triage', 'intentional'); reset();
  out.untriaged = use('f-triage', 'none'); reset();
  out.pathGlob = use('f-path', 'net/*.cpp'); reset();
  out.pathText = use('f-path', 'server'); reset();
  out.pathNone = use('f-path', 'nosuch/*'); reset();
  use('f-rule', 'growth-global-container');
  out.ruleAndState = use('f-state', 'fixed'); reset();
  out.afterReset = {shown: visible(), count: byId('shown').textContent};
  var chart = byId('chart');
  out.runs = Array.prototype.map.call(chart.querySelectorAll('g.run'), function (g) {
    return [g.dataset.run, g.dataset.findings, g.dataset.new, g.dataset.fixed,
            g.querySelector('title').textContent.replace(/ \(.*\)/, '')];
  });
  out.points = chart.querySelector('polyline.s-findings').getAttribute('points').split(' ').length;
  var newBar = chart.querySelector('g.run[data-run="2"] rect.s-new');
  out.newBarHeight = Number(newBar.getAttribute('height'));
  out.newBarShown = getComputedStyle(newBar).display;
  document.querySelector('.legend button[data-series="new"]').click();
  out.newBarAfterLegend = getComputedStyle(newBar).display;
  out.fixedBarAfterLegend = getComputedStyle(chart.querySelector('g.run[data-run="3"] rect.s-fixed')).display;
  chart.querySelector('g.run[data-run="2"] rect.hit').dispatchEvent(new MouseEvent('click', {bubbles: true}));
  out.runDetail = byId('run-detail').textContent;
  var g = document.querySelector('article[data-rule="growth-global-container"]');
  out.source = Array.prototype.map.call(g.querySelectorAll('.src tr'), function (tr) {
    return (tr.classList.contains('mark') ? '      ' : tr.cells[0].textContent.padStart(4) + '  ') +
           tr.cells[1].textContent;
  });
  out.marks = Array.prototype.map.call(g.querySelectorAll('.src tr.mark'), function (tr) {
    return tr.className + ' under ' + tr.previousElementSibling.dataset.line;
  });
  out.fixedMarks = Array.prototype.map.call(
    document.querySelectorAll('article[data-state="fixed"] .loose li'), function (li) { return li.textContent; });
  out.fixedSource = document.querySelectorAll('article[data-state="fixed"] .src').length;
  out.triageReason = g.querySelector('.triage-reason').textContent;
  out.fix = g.querySelector('.fix').textContent.slice(0, 30);
  var pre = document.createElement('pre');
  pre.id = 'probe';
  pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
})();
</script>
"""


class Text(html.parser.HTMLParser):
    """The text of the element with a given id in a dumped DOM."""

    def __init__(self, wanted):
        super().__init__()
        self.wanted, self.depth, self.text = wanted, 0, []

    def handle_starttag(self, tag, attrs):
        if self.depth:
            self.depth += 1
        elif dict(attrs).get("id") == self.wanted:
            self.depth = 1

    def handle_endtag(self, tag):
        if self.depth:
            self.depth -= 1

    def handle_data(self, data):
        if self.depth:
            self.text.append(data)


def chromium(*args, profile):
    return subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                           "--no-first-run", f"--user-data-dir={profile}",
                           "--host-resolver-rules=MAP * ~NOTFOUND", *args],
                          capture_output=True, text=True, timeout=120)


class HtmlReport(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        """Three runs: server.cpp alone; with net/worker.cpp (a new finding); worker fixed.
        g_log is triaged intentional in the committed triage file."""
        cls.tmp = tempfile.mkdtemp(prefix="growlint-html-")
        cls.repo = os.path.join(cls.tmp, "proj")
        os.makedirs(os.path.join(cls.repo, "net"))
        cls.git("init", "-q")
        cls.write("server.cpp", SERVER)
        cls.git("add", "-A")
        cls.git("commit", "-qm", "server")
        assert cls.g("check", "server.cpp").returncode == 1
        cls.write("net/worker.cpp", WORKER)
        assert cls.g("check", "server.cpp", "net/worker.cpp").returncode == 1
        p = cls.g("triage", "87f9c304f4d81eff", "--as", "intentional", "--file",
                  "--reason", "at most <b>16</b> lines & no more")
        assert p.returncode == 0, p.stderr
        cls.write("net/worker.cpp", WORKER.replace("  seen.push_back(id);\n",
                                                   "  seen.push_back(id);\n  if (seen.size() > 100) seen.clear();\n"))
        cls.g("check", "server.cpp", "net/worker.cpp")
        cls.report_dir = os.path.join(cls.tmp, "report")
        cls.report = cls.g("report", "--html", cls.report_dir)

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp, ignore_errors=True)

    @classmethod
    def git(cls, *args):
        subprocess.run([*GIT, *args], cwd=cls.repo, check=True, capture_output=True)

    @classmethod
    def write(cls, name, text):
        with open(os.path.join(cls.repo, name), "w") as f:
            f.write(text)

    @classmethod
    def g(cls, *args):
        return subprocess.run([GROWLINT, *args], cwd=cls.repo, capture_output=True, text=True)

    def page(self):
        with open(os.path.join(self.report_dir, "index.html")) as f:
            return f.read()

    def probe(self):
        harness = os.path.join(self.tmp, "harness.html")
        with open(harness, "w") as f:
            f.write(self.page().replace("</body>", PROBE + "</body>"))
        p = chromium("--dump-dom", "file://" + harness, profile=os.path.join(self.tmp, "profile-probe"))
        parser = Text("probe")
        parser.feed(p.stdout)
        self.assertTrue(parser.text, f"the probe wrote nothing; chromium said:\n{p.stderr[-2000:]}")
        return json.loads("".join(parser.text))

    def test_report_says_what_it_wrote(self):
        self.assertEqual(self.report.returncode, 0, self.report.stderr)
        self.assertEqual(self.report.stdout,
                         f"wrote {self.report_dir}/index.html: 2 findings of run 3, 3 runs of history\n")
        self.assertEqual(self.report.stderr, "")

    def test_page_is_self_contained(self):
        page = self.page()
        # nothing is fetched: no external script, style, image, font or frame, and no URL but the SVG namespace
        self.assertNotRegex(page, r"<(link|img|iframe|object|embed)\b")
        self.assertNotRegex(page, r"<script[^>]*\bsrc=")
        self.assertNotRegex(page, r"@import|url\(")
        self.assertEqual(re.findall(r"https?://[^\s\"'<>]+", page), ["http://www.w3.org/2000/svg"])

    def test_text_from_the_input_is_escaped(self):
        page = self.page()
        self.assertNotIn("<b>16</b>", page)
        self.assertIn("at most &lt;b&gt;16&lt;/b&gt; lines &amp; no more", page)

    def test_filters_chart_and_notes_in_chromium(self):
        out = self.probe()
        both = ["seen fixed", "g_log unchanged"]
        self.assertEqual(out["initial"], {"shown": both, "count": "2"})
        self.assertEqual(out["rule"], {"shown": ["seen fixed"], "count": "1", "none": False})
        self.assertEqual(out["state"], {"shown": ["g_log unchanged"], "count": "1", "none": False})
        self.assertEqual(out["triage"], {"shown": ["g_log unchanged"], "count": "1", "none": False})
        self.assertEqual(out["untriaged"], {"shown": ["seen fixed"], "count": "1", "none": False})
        self.assertEqual(out["pathGlob"], {"shown": ["seen fixed"], "count": "1", "none": False})
        self.assertEqual(out["pathText"], {"shown": ["g_log unchanged"], "count": "1", "none": False})
        self.assertEqual(out["pathNone"], {"shown": [], "count": "0", "none": True})
        self.assertEqual(out["ruleAndState"], {"shown": [], "count": "0", "none": True})
        self.assertEqual(out["afterReset"], {"shown": both, "count": "2"})
        # the chart: one group per run, oldest first, with its numbers; a line through the totals
        self.assertEqual(out["runs"], [["1", "1", "1", "0", "run 1: 1 findings, 1 new, 0 fixed"],
                                       ["2", "2", "1", "0", "run 2: 2 findings, 1 new, 0 fixed"],
                                       ["3", "1", "0", "1", "run 3: 1 findings, 0 new, 1 fixed"]])
        self.assertEqual(out["points"], 3)
        self.assertGreater(out["newBarHeight"], 0)
        self.assertEqual(out["newBarShown"], "inline")
        self.assertEqual(out["newBarAfterLegend"], "none")
        self.assertEqual(out["fixedBarAfterLegend"], "inline")
        self.assertEqual(out["runDetail"], "run 2 (complete): 2 findings, 1 new, 0 fixed")
        # the notes, drawn under the lines they point at, a caret at the column
        self.assertEqual(out["source"], [
            "   3  #include <vector>",
            "   4  ",
            "   5  std::vector<std::string> g_log;",
            "                               ^ 'g_log' is declared here",
            "   6  bool next_request(std::string &out);",
            "   7  ",
            "   8  void remember(const std::string &r) { g_log.push_back(r); }",
            "                                            ^ 'g_log' grows here (push_back)",
            "   9  ",
            "  10  int main() {",
            "  11    std::string req;",
            "  12    while (next_request(req)) {",
            "        ^ this loop repeats for every input it reads, so the growth repeats",
            "  13      remember(req);",
            "          ^ 'remember' is called here by 'main', inside a loop that repeats for every input it reads",
            "  14    }",
            "  15  }",
        ])
        self.assertEqual(out["marks"], ["mark k-decl under 5", "mark k-grow under 8", "mark k-loop under 12",
                                        "mark k-chain under 13"])
        # a fixed finding's file has changed since: its marks are listed, not drawn over today's lines
        self.assertEqual(out["fixedSource"], 0)
        self.assertEqual(out["fixedMarks"], [
            "net/worker.cpp:7:27 'seen' is declared here",
            "net/worker.cpp:8:3 'seen' grows here (push_back)",
            "net/worker.cpp:13:24 'handle' is called here by 'main', inside a loop that repeats for every input it reads",
            "net/worker.cpp:13:3 this loop repeats for every input it reads, so the growth repeats"])
        self.assertEqual(out["triageReason"],
                         "triaged intentional in .growlint-triage.yaml: at most <b>16</b> lines & no more")
        self.assertEqual(out["fix"], "suggested fix (bounded): cap '")

    def test_screenshot(self):
        os.makedirs(OUT_DIR, exist_ok=True)
        shot = os.path.join(OUT_DIR, "report.png")
        if os.path.exists(shot):
            os.remove(shot)
        p = chromium("--window-size=1200,1500", f"--screenshot={shot}",
                     "file://" + os.path.join(self.report_dir, "index.html"),
                     profile=os.path.join(self.tmp, "profile-shot"))
        self.assertTrue(os.path.exists(shot), p.stderr[-2000:])
        with open(shot, "rb") as f:
            head = f.read(24)
        self.assertEqual(head[:8], b"\x89PNG\r\n\x1a\n")
        self.assertEqual((int.from_bytes(head[16:20], "big"), int.from_bytes(head[20:24], "big")), (1200, 1500))

    def test_usage_errors(self):
        p = self.g("report")
        self.assertEqual((p.returncode, p.stdout, p.stderr),
                         (2, "", "growlint report: error: expected --html DIR\n"
                                 "Run 'growlint report --help' for usage.\n"))
        p = self.g("report", "--html", os.path.join(self.tmp, "no", "such"))
        self.assertEqual(p.returncode, 2)
        self.assertEqual(p.stderr, f"growlint report: error: cannot create '{self.tmp}/no/such': "
                                   "No such file or directory\n")
        p = self.g("report", "--html", os.path.join(self.tmp, "r1"), "--run", "9")
        self.assertEqual((p.returncode, p.stderr), (2, "growlint report: error: no run 9 in the database\n"))

    def test_report_of_an_older_run(self):
        p = self.g("report", "--html", os.path.join(self.tmp, "r1"), "--run", "1")
        self.assertEqual(p.stdout, f"wrote {self.tmp}/r1/index.html: 1 finding of run 1, 3 runs of history\n")
        with open(os.path.join(self.tmp, "r1", "index.html")) as f:
            page = f.read()
        self.assertEqual(re.findall(r'<article class="finding" id="f-(\w+)" data-rule="([\w-]+)" data-state="(\w+)"',
                                    page), [("87f9c304f4d81eff", "growth-global-container", "new")])


def main():
    global GROWLINT, OUT_DIR
    args = sys.argv[1:]
    for opt in ("--growlint", "--out-dir"):
        if opt in args:
            i = args.index(opt)
            value = os.path.abspath(args[i + 1])
            del args[i:i + 2]
            if opt == "--growlint":
                GROWLINT = value
            else:
                OUT_DIR = value
    if not GROWLINT or not OUT_DIR:
        sys.exit("usage: html_test.py --growlint BIN --out-dir DIR [unittest args]")
    if not CHROMIUM:
        print("html_test: skipped: chromium is not installed (scripts/setup.sh installs it)")
        sys.exit(77)
    result = unittest.main(argv=[sys.argv[0], *args], exit=False).result
    sys.exit(0 if result.wasSuccessful() else 1)


if __name__ == "__main__":
    main()
