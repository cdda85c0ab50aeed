#!/usr/bin/env python3
"""Check the built book as a reader's tools would: `make book-check`.

- The EPUB: Debian's epubcheck must report no error (warnings are shown).
- The PDF: every page but the title page shows its number; no page ends
  with a listing's caption (the code it names being on the next page); no
  word lies past the right margin (a code line too long for the page).

Run after `make book`, from the repository's top.  BOOK_PDF names another
PDF to check (one made from build/book/html/print.html while trying out
book/print.css, say)."""

import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

OUT = Path("build/book")
EPUB = OUT / "book.epub"
PDF = Path(os.environ.get("BOOK_PDF", OUT / "book.pdf"))
PRINT_STYLE = Path("book/print.css")
EPUBCHECK = ["java", "-jar", "/usr/share/java/epubcheck.jar"]

POINTS_PER_CM = 72 / 2.54
# A word may overhang the margin by this much (points): glyphs' side
# bearings, not a line that runs on.
MARGIN_SLACK = 1.0
# The title page, which has no number.
UNNUMBERED_PAGES = 1
# The captions book/filters/book.lua puts above a listing or an output.
CAPTION = re.compile(
    r"^(src/\S+, lines \d+–\d+"
    r"|Output of \S+"
    r"|tests/python/\S+\.py"
    r"|\$ minipy .*"
    r"|CPython [\d.]+ (and minipy both )?prints:)$")
XHTML = "{http://www.w3.org/1999/xhtml}"


def epub_errors():
    result = subprocess.run([*EPUBCHECK, str(EPUB)], capture_output=True, text=True)
    report = result.stdout + result.stderr
    problems = [line for line in report.splitlines()
                if line.startswith(("ERROR", "FATAL", "WARNING"))]
    errors = [line for line in problems if not line.startswith("WARNING")]
    for line in problems:
        print(f"  epubcheck: {line}")
    if result.returncode != 0 and not errors:
        errors.append(f"epubcheck failed (exit status {result.returncode}):\n{report}")
    return errors


def right_margin_cm():
    """The right margin of the PDF's pages, from print.css's @page rule."""
    match = re.search(r"@page\s*\{[^}]*?margin:\s*([\d.]+)cm(?:\s+([\d.]+)cm)?",
                      PRINT_STYLE.read_text())
    if not match:
        sys.exit(f"check_book: no '@page {{ margin: ...cm }}' in {PRINT_STYLE}")
    return float(match.group(2) or match.group(1))


def pdf_pages():
    """Each page's width (points), its words with their right edges, and its
    lines of text as pdftotext lays them out."""
    bbox = subprocess.run(["pdftotext", "-bbox", str(PDF), "-"], capture_output=True,
                          text=True, check=True).stdout
    # pdftotext writes XHTML; its <word> elements carry their box.
    root = ElementTree.fromstring(bbox)
    layout = subprocess.run(["pdftotext", "-layout", str(PDF), "-"], capture_output=True,
                            text=True, check=True).stdout.split("\f")
    pages = []
    for number, page in enumerate(root.iter(f"{XHTML}page"), start=1):
        words = [(word.text or "", float(word.get("xMax")))
                 for word in page.iter(f"{XHTML}word")]
        lines = [line.strip() for line in layout[number - 1].splitlines() if line.strip()]
        pages.append((number, float(page.get("width")), words, lines))
    return pages


def pdf_errors():
    errors = []
    right_margin = right_margin_cm() * POINTS_PER_CM
    for number, width, words, lines in pdf_pages():
        if not lines:
            errors.append(f"page {number}: blank")
            continue
        if number > UNNUMBERED_PAGES and lines[-1] != str(number):
            errors.append(f"page {number}: no page number at its foot "
                          f"(its last line: {lines[-1]!r})")
        body = lines[:-1] if lines[-1] == str(number) else lines
        if body and CAPTION.match(body[-1]):
            errors.append(f"page {number}: ends with the caption {body[-1]!r}")
        limit = width - right_margin + MARGIN_SLACK
        for text, x_max in words:
            if x_max > limit:
                errors.append(f"page {number}: {text!r} runs {x_max - limit:.0f}pt "
                              "past the right margin")
                break
    return errors


def main():
    errors = [f"{EPUB}: {e}" for e in epub_errors()]
    errors += [f"{PDF}: {e}" for e in pdf_errors()]
    if errors:
        sys.exit("check_book: the book has problems:\n  " + "\n  ".join(errors))
    print(f"check_book: {EPUB} passes epubcheck; {PDF}'s pages are numbered, "
          "keep captions with their code and stay inside the margins")


if __name__ == "__main__":
    main()
