#!/usr/bin/env python3
"""Build the book from chapters/: HTML (a page per chapter), EPUB and PDF.

Every chapter goes through book/filters/book.lua, which puts in the code
from src/, the output of the example programs, what python3 prints, and the
heap figures, and the benchmarks' tables and plots.  Pandoc's warnings, a
broken link or a failing program stop the build.  Run from the repository's
top (`make book` does).

`build_book.py --bench STAGE NAME` (the filter's way to a benchmark) prints
the directory holding benchmark NAME's results as of the stage in STAGE,
running it first if no run of that code is kept."""

import hashlib
import html.parser
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

CHAPTERS = Path("chapters")
BOOK = Path("book")
OUT = Path("build/book")
HTML = OUT / "html"
FILTERED = OUT / "filtered"
STAGES = Path("build/stages")
FILTER = BOOK / "filters" / "book.lua"
TEMPLATE = BOOK / "template.html"
METADATA = BOOK / "metadata.yaml"
STYLE = BOOK / "style.css"
# The PDF's pages, on top of STYLE.
PRINT_STYLE = BOOK / "print.css"
# What steps through a figure sequence on a web page (book/filters/stepper.lua).
STEPPER = BOOK / "stepper.js"
# The benchmarks' runs, one per state of the code they measure.
BENCH_RUNS = OUT / "bench"
# What a benchmark's figures depend on, in a stage: the code, and how `make
# bench` builds and runs it.
BENCH_INPUTS = ("Makefile", "src", "tests/bench")
BENCH_NAME = re.compile(r"^[A-Za-z0-9_]+$")
DIGEST_CHARS = 16
# The largest heap the book's runs build (`make bench` goes to 10^7): it
# keeps a run of the costs benchmark to a few minutes of the book's build.
BENCH_MAX_OBJECTS = 1_000_000


def chapter_files():
    """The numbered chapters in order, then the appendices."""
    files = sorted(CHAPTERS.glob("[0-9][0-9]-*.md"))
    if not files:
        sys.exit("build_book: no chapters in chapters/")
    return files + sorted(CHAPTERS.glob("appendix-*.md"))


def title_of(path):
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# "):
            return line[2:].strip()
    sys.exit(f"build_book: {path} has no '# Title' line")


def book_title():
    match = re.search(r'^title:\s*"?(.*?)"?\s*$', METADATA.read_text(), re.M)
    return match.group(1)


def pandoc(inputs, output, *options, env=None):
    command = ["pandoc", "--fail-if-warnings", "--metadata-file", str(METADATA),
               *options, "-o", str(output), *map(str, inputs)]
    result = subprocess.run(command, env=env)
    if result.returncode != 0:
        sys.exit(f"build_book: pandoc failed on {' '.join(map(str, inputs))}")


def stage_of(path):
    """The code a chapter shows: its own stage; an appendix shows the last."""
    if path.name[:2].isdigit():
        return int(path.name[:2])
    return max(int(p.name[:2]) for p in CHAPTERS.glob("[0-9][0-9]-*.md"))


def filtered(source):
    """The chapter with its code, outputs and figures put in, as Markdown."""
    stage = STAGES / f"{stage_of(source):02d}"
    subprocess.run([sys.executable, str(BOOK / "tools" / "stage.py"),
                    str(stage_of(source))], check=True, stdout=subprocess.DEVNULL)
    subprocess.run(["make", "--no-print-directory", "-s", "-C", str(stage), "examples"],
                   check=True, stdout=subprocess.DEVNULL)
    output = FILTERED / source.name
    env = dict(os.environ, BOOK_OUT=str(HTML), BOOK_STAGE=str(stage))
    pandoc([source], output, "--lua-filter", str(FILTER), "-t", "markdown", env=env)
    return output


def html_page(source, output, title, neighbours):
    prev, next_ = neighbours
    options = ["--standalone", "--template", str(TEMPLATE), "--toc",
               "--lua-filter", str(BOOK / "filters" / "chapter-page.lua"),
               "--lua-filter", str(BOOK / "filters" / "stepper.lua"),
               "--toc-depth=2", "--section-divs",
               "-M", f"pagetitle={title}", "-V", f"book-title={book_title()}"]
    for key, neighbour in (("prev", prev), ("next", next_)):
        if neighbour:
            options += ["-V", f"{key}={neighbour[0]}", "-V", f"{key}-title={neighbour[1]}"]
    pandoc([source], output, *options)


def index_page(pages):
    lines = [f"# {book_title()}", "", "## Contents", ""]
    for href, title in pages:
        lines.append(f"- [{title}]({href})")
    source = OUT / "index.md"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    pandoc([source], HTML / "index.html", "--standalone", "--template", str(TEMPLATE),
           "-M", "pagetitle=Contents", "-V", f"book-title={book_title()}",
           "-V", f"next={pages[0][0]}", "-V", f"next-title={pages[0][1]}")


def bench_digest(stage, name):
    """A digest of what a run of benchmark `name` in `stage` depends on."""
    digest = hashlib.sha256(f"{name} {BENCH_MAX_OBJECTS}".encode())
    for top in BENCH_INPUTS:
        root = stage / top
        paths = [root] if root.is_file() else sorted(p for p in root.rglob("*") if p.is_file())
        for path in paths:
            digest.update(str(path.relative_to(stage)).encode() + b"\0")
            digest.update(path.read_bytes())
    return digest.hexdigest()[:DIGEST_CHARS]


def bench_results(stage, name):
    """The directory holding benchmark `name`'s output (NAME.md) and plot
    (NAME.svg), made by `make bench` in `stage`.  A run takes seconds, so it
    is kept under a digest of the stage's code: every chapter that shows it,
    in this build and the next, shows the same run until the code changes."""
    if not BENCH_NAME.match(name) or not (stage / "tests" / "bench" / f"{name}.c").is_file():
        sys.exit(f"build_book: no benchmark '{name}' (no tests/bench/{name}.c in {stage})")
    # Kept per stage: chapter 3 and an appendix may show the same benchmark
    # run on different code.
    results = BENCH_RUNS / f"{name}-{stage.name}-{bench_digest(stage, name)}"
    if results.is_dir():
        return results
    running = BENCH_RUNS / f"{name}.running"
    shutil.rmtree(running, ignore_errors=True)
    running.mkdir(parents=True)
    command = ["make", "--no-print-directory", "-C", str(stage), "bench",
               f"BENCH={name}", f"BENCH_OUT={running.resolve()}",
               f"BENCH_MAX_OBJECTS={BENCH_MAX_OBJECTS}"]
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        shutil.rmtree(running)
        sys.exit(f"{result.stdout}{result.stderr}build_book: benchmark {name} failed "
                 f"(make -C {stage} bench BENCH={name}); its output is above")
    for earlier in BENCH_RUNS.glob(f"{name}-{stage.name}-*"):
        shutil.rmtree(earlier)
    running.rename(results)
    return results


class Links(html.parser.HTMLParser):
    """The ids a page defines and the links it makes."""

    def __init__(self):
        super().__init__()
        self.ids, self.links = set(), []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.add(attrs["id"])
        for name in ("href", "src"):
            if attrs.get(name):
                self.links.append(attrs[name])


def parse(path):
    parser = Links()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def check_links():
    broken = []
    pages = {page.name: parse(page) for page in HTML.glob("*.html")}
    for name, page in pages.items():
        for link in page.links:
            if re.match(r"^[a-z]+:", link):
                broken.append(f"{name}: external link {link} (the book must work offline)")
                continue
            target, _, anchor = link.partition("#")
            target = target or name
            if not (HTML / target).exists():
                broken.append(f"{name}: {link}: no such file")
            elif anchor and target in pages and anchor not in pages[target].ids:
                broken.append(f"{name}: {link}: no such anchor")
    if broken:
        sys.exit("build_book: broken links:\n  " + "\n  ".join(broken))


def main():
    if sys.argv[1:2] == ["--bench"] and len(sys.argv) == 4:
        print(bench_results(Path(sys.argv[2]), sys.argv[3]))
        return
    # The runner that runs the book's Python programs beside python3.
    subprocess.run(["make", "--no-print-directory", "-s", "build/bin/minipy"], check=True,
                   stdout=subprocess.DEVNULL)
    HTML.mkdir(parents=True, exist_ok=True)
    FILTERED.mkdir(parents=True, exist_ok=True)
    for asset in (STYLE, PRINT_STYLE, STEPPER):
        (HTML / asset.name).write_text(asset.read_text())
    sources = chapter_files()
    pages = [(f.with_suffix(".html").name, title_of(f)) for f in sources]
    files = [filtered(source) for source in sources]
    for i, source in enumerate(files):
        neighbours = (pages[i - 1] if i > 0 else None,
                      pages[i + 1] if i + 1 < len(pages) else None)
        html_page(source, HTML / pages[i][0], pages[i][1], neighbours)
    index_page(pages)
    check_links()

    pandoc(files, OUT / "book.epub", "--toc", "--toc-depth=2", "--css", str(STYLE),
           "--resource-path", str(HTML))
    print_html = HTML / "print.html"
    pandoc(files, print_html, "--standalone", "--toc", "--toc-depth=2",
           "--css", STYLE.name, "--css", PRINT_STYLE.name, "--resource-path", str(HTML))
    result = subprocess.run(["weasyprint", "--quiet", str(print_html), str(OUT / "book.pdf")])
    if result.returncode != 0:
        sys.exit("build_book: weasyprint failed")
    print(f"The book: {HTML}/index.html (also {OUT}/book.epub and {OUT}/book.pdf)")


if __name__ == "__main__":
    main()
