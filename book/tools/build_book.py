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
import html
import html.parser
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from check_html import link_problems  # noqa: E402  (a tool beside this one)

CHAPTERS = Path("chapters")
BOOK = Path("book")
OUT = Path("build/book")
HTML = OUT / "html"
EPUB = OUT / "book.epub"
PDF = OUT / "book.pdf"
FILTERED = OUT / "filtered"
STAGES = Path("build/stages")
FILTER = BOOK / "filters" / "book.lua"
TEMPLATE = BOOK / "template.html"
# The index page's introduction and its one line on each chapter.
INDEX = BOOK / "index.md"
INDEX_ENTRY = re.compile(r"^- (\S+\.md): (.+)$")
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


class Page:
    """A chapter's web page: its file, its number ("3", or "A" for the
    first appendix, as book.lua numbers the headings), its kind ("Chapter",
    "Appendix", or None for the introduction) and its title."""

    def __init__(self, source, appendices):
        self.href = source.with_suffix(".html").name
        # The apostrophe as pandoc sets it in the headings.
        self.title = title_of(source).replace("'", "’")
        if source.name[:2].isdigit():
            number = int(source.name[:2])
            self.kind, self.number = ("Chapter", str(number)) if number else (None, None)
        else:
            self.kind, self.number = "Appendix", chr(ord("A") + appendices.index(source))
            self.title = re.sub(r"^Appendix: (.)", lambda m: m.group(1).upper(), self.title)

    @property
    def label(self):
        """The title as a reader refers to it: "Chapter 3: Generations"."""
        return f"{self.kind} {self.number}: {self.title}" if self.kind else self.title

    def entry(self, current):
        """The page's line in a list of chapters."""
        number = f'<span class="chapter-number">{self.number}</span> ' if self.number else ""
        here = ' aria-current="page"' if current else ""
        return f'<a href="{self.href}"{here}>{number}{html.escape(self.title)}</a>'


def book_contents(pages, current=None):
    """The list of every chapter, as the sidebar shows it."""
    items = "".join(f"<li>{page.entry(page is current)}</li>" for page in pages)
    return f'<ol class="chapters">{items}</ol>'


def metadata(key):
    """A value of book/metadata.yaml ("title", "subtitle")."""
    match = re.search(rf'^{key}:\s*"?(.*?)"?\s*$', METADATA.read_text(), re.M)
    if not match:
        sys.exit(f"build_book: {METADATA} has no {key}")
    return match.group(1)


def book_title():
    return metadata("title")


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
    # Written without "smart" quotes: a curly apostrophe after a link the
    # filter made ("chapter 2's") stays one, not an opening quote.
    pandoc([source], output, "--lua-filter", str(FILTER), "-t", "markdown-smart", env=env)
    return output


def page_options(pages, current, title):
    """The template's variables for a page: its title, the book's contents,
    and the pages before and after it."""
    i = pages.index(current) if current else -1
    options = ["--standalone", "--template", str(TEMPLATE),
               "-M", f"pagetitle={title}", "-V", f"book-title={book_title()}",
               "-V", f"book-contents={book_contents(pages, current)}"]
    neighbours = (("prev", pages[i - 1] if i > 0 else None),
                  ("next", pages[i + 1] if i + 1 < len(pages) else None))
    for key, neighbour in neighbours:
        if neighbour:
            options += ["-V", f"{key}={neighbour.href}", "-V", f"{key}-title={neighbour.label}"]
    if any(neighbour for _, neighbour in neighbours):
        options += ["-V", "prev-or-next=true"]
    return options


def html_page(source, pages, page):
    options = ["--toc", "--toc-depth=2", "--section-divs",
               "--lua-filter", str(BOOK / "filters" / "chapter-page.lua"),
               "--lua-filter", str(BOOK / "filters" / "stepper.lua")]
    pandoc([source], HTML / page.href, *options, *page_options(pages, page, page.label))


def index_page(pages):
    """The front page: the book's introduction (book/index.md), then every
    chapter, numbered, with its line from index.md, then the PDF and EPUB."""
    lines, described = [f"[{metadata('subtitle')}]{{.subtitle}}", ""], {}
    for line in INDEX.read_text(encoding="utf-8").splitlines():
        match = INDEX_ENTRY.match(line)
        if match:
            described[match.group(1)] = match.group(2)
        else:
            lines.append(line)
    by_source = {Path(page.href).with_suffix(".md").name: page for page in pages}
    if set(described) != set(by_source):
        sys.exit(f"build_book: {INDEX} must describe each chapter once: it lists "
                 f"{sorted(described)}, chapters/ has {sorted(by_source)}")
    while lines and not lines[-1].strip():
        lines.pop()
    lines += ["", "::: chapter-list"]
    for name, page in by_source.items():
        # The number hangs in the margin (style.css): no space after it.
        number = f"[{page.number}]{{.chapter-number}}" if page.number else ""
        lines.append(f"- {number}[{page.title}]({page.href}): {described[name]}")
    lines.append(":::")
    lines += ["", "## Other formats", "",
              f"The whole book as [a PDF](../{PDF.name}) and as [an EPUB](../{EPUB.name}),"
              " made from the same sources by `make book`."]
    source = OUT / "index.md"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    pandoc([source], HTML / "index.html", *page_options(pages, None, "Contents"),
           "-M", f"chapter-title={book_title()}")


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
    """Every link and image of every page resolves (check_html.py says how);
    `make book-check` checks the same in a browser."""
    pages = {page.name: parse(page) for page in HTML.glob("*.html")}
    ids_of = {name: page.ids for name, page in pages.items()}
    broken = [f"{name}: {problem}" for name, page in pages.items()
              for problem in link_problems(HTML, name, page.links, ids_of)]
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
    appendices = [source for source in sources if source.name.startswith("appendix-")]
    pages = [Page(source, appendices) for source in sources]
    files = [filtered(source) for source in sources]
    for source, page in zip(files, pages):
        html_page(source, pages, page)
    index_page(pages)

    pandoc(files, EPUB, "--toc", "--toc-depth=2", "--css", str(STYLE),
           "--resource-path", str(HTML))
    print_html = HTML / "print.html"
    pandoc(files, print_html, "--standalone", "--toc", "--toc-depth=2",
           "--css", STYLE.name, "--css", PRINT_STYLE.name, "--resource-path", str(HTML))
    result = subprocess.run(["weasyprint", "--quiet", str(print_html), str(PDF)])
    if result.returncode != 0:
        sys.exit("build_book: weasyprint failed")
    # Last: the index page links the EPUB and the PDF.
    check_links()
    print(f"The book: {HTML}/index.html (also {EPUB} and {PDF})")


if __name__ == "__main__":
    main()
