#!/usr/bin/env python3
"""Check the built book as a reader's tools would: `make book-check`.

- The EPUB: Debian's epubcheck must report no error (warnings are shown).
- The PDF: every page but the title page shows its number; no page ends
  with a listing's caption (the code it names being on the next page); no
  word lies past the right margin (a code line too long for the page).
- The listings of the HTML pages: a caption's line numbers are src/'s.  A
  listing of the code as it stands ("src/x.c, lines A–B") shows exactly
  lines A to B of src/x.c, less the stage markers (book/tools/stage.py); one
  of code a later chapter changes ("as of chapter N; ... now lines A–B")
  names lines A to B that hold the whole definition or region of its name.
  No listing, or part of one, is longer than listings.py's MAX_LISTING_LINES.
  The check also checks itself: the first right caption of each kind, moved
  by one line, must fail it.

Run after `make book`, from the repository's top.  BOOK_PDF names another
PDF to check (one made from build/book/html/print.html while trying out
book/print.css, say)."""

import html.parser
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import listings  # noqa: E402  (book/tools/listings.py)

OUT = Path("build/book")
HTML = OUT / "html"
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
# The captions book/filters/book.lua puts above a listing or an output; a
# listing's may end with where its code goes (book/tools/listings.py), and
# that may be all of it that a long caption leaves on its last line.
WHERE = (r"(new file|add after \S+|add before \S+|add to the file|replace \S+"
         r"|in \S+, (add|replace)|unchanged since chapter \d+)")
CAPTION = re.compile(
    r"^(src/\S+(, lines \d+–\d+| as of chapter \d+).*"
    rf"|.*\(part \d+ of \d+\)( {WHERE})?|(.*\d+\) )?{WHERE}"
    r"|Output of \S+"
    r"|tests/python/\S+\.py"
    r"|\$ minipy .*"
    r"|CPython [\d.]+ (and minipy both )?prints:)$")
# A listing's caption, as listings.py writes it.
CURRENT_CAPTION = re.compile(r"^(src/\S+), lines (\d+)–(\d+)")
EARLIER_CAPTION = re.compile(r"^(src/\S+) as of chapter \d+; .*now lines (\d+)–(\d+)")
DEFINITION_END = re.compile(r"^\}")
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


class Listings(html.parser.HTMLParser):
    """The listings of a page: each one's name, caption and lines of code."""

    def __init__(self):
        super().__init__()
        self.listings, self.depth, self.where, self.in_pre = [], 0, None, False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "div" and "listing" in (attrs.get("class") or "").split() \
                and "data-file" in attrs:
            self.listings.append({"name": attrs.get("data-snippet"), "caption": "", "code": []})
            self.depth = 0
        if not self.listings or self.depth < 0:
            return
        if tag == "div":
            self.depth += 1
        self.in_pre = self.in_pre or tag == "pre"
        classes = (attrs.get("class") or "").split()
        if tag == "span" and "listing-source" in classes:
            self.where = "caption"
        elif tag == "code" and self.in_pre:
            self.where = "code"
            self.listings[-1]["code"].append("")

    def handle_endtag(self, tag):
        if not self.listings or self.depth < 0:
            return
        if tag == "div":
            self.depth -= 1
            if self.depth == 0:
                self.depth = -1  # the listing ends
        elif (tag == "span" and self.where == "caption") or tag == "code":
            self.where = None
        elif tag == "pre":
            self.in_pre = False

    def handle_data(self, data):
        if self.where == "caption":
            self.listings[-1]["caption"] += data
        elif self.where == "code":
            self.listings[-1]["code"][-1] += data


def page_listings():
    found = []
    # print.html, which the PDF is made from, repeats the chapters' pages.
    for page in sorted(set(HTML.glob("*.html")) - {HTML / "print.html"}):
        parser = Listings()
        parser.feed(page.read_text(encoding="utf-8"))
        found += [(page.name, listing) for listing in parser.listings]
    return found


def holds_whole(path, first, last, name):
    """Whether src/ lines first..last of a file are the whole region, or the
    whole definition, called `name`."""
    lines = Path(path).read_text().splitlines()
    if not 1 <= first <= last <= len(lines):
        return False
    # A region: its markers (book/tools/stage.py) just outside the lines.
    if 1 < first and last < len(lines):
        opened = listings.staging.opening(lines[first - 2])
        closed = listings.staging.REGION_CLOSE.match(lines[last])
        if opened and opened[::2] == ("region", name) and closed and \
                lines[last].split()[2:3] == [name]:
            return True
    # A definition begins with the comment above it or with its name, and
    # ends with its closing brace.
    code = listings.src_text(path, first, last)
    named = re.compile(rf"\b{re.escape(name)}\b")
    begins = listings.COMMENT_OPEN.match(code[0]) or named.search(code[0])
    return bool(begins and DEFINITION_END.match(code[-1])
                and any(named.search(line) for line in code))


def listing_error(page, listing):
    """What is wrong with a listing's caption, or None."""
    caption = " ".join(listing["caption"].split())
    # A blank line may be a space (book.lua keeps it so).
    code = [line.rstrip() for line in "\n".join(listing["code"]).split("\n")]
    if len(code) > listings.MAX_LISTING_LINES:
        return (f"{page}: '{caption}' shows {len(code)} lines, more than a part may "
                f"({listings.MAX_LISTING_LINES})")
    if match := CURRENT_CAPTION.match(caption):
        path, first, last = match.group(1), int(match.group(2)), int(match.group(3))
        if [line.rstrip() for line in listings.src_text(path, first, last)] != code:
            return f"{page}: '{caption}' shows other code than {path} has at those lines"
    elif match := EARLIER_CAPTION.match(caption):
        path, first, last = match.group(1), int(match.group(2)), int(match.group(3))
        name = listing["name"].split(":")[-1]
        if not holds_whole(path, first, last, name):
            return f"{page}: '{caption}': lines {first}–{last} of {path} are not all of {name}"
    else:
        return f"{page}: a listing of {listing['name']} has the caption '{caption}'"
    return None


def moved(listing):
    """The listing with its caption's numbers one line further on."""
    caption = re.sub(r"(\d+)–(\d+)", lambda m: f"{int(m.group(1)) + 1}–{int(m.group(2)) + 1}",
                     listing["caption"])
    return dict(listing, caption=caption)


def listing_errors():
    found = page_listings()
    if not found:
        return ["no listings in the HTML pages"]
    errors, kinds = [], {}
    for page, listing in found:
        error = listing_error(page, listing)
        if error:
            errors.append(error)
            continue
        # The first right caption of each kind, moved, must be found wrong.
        match = EARLIER_CAPTION.match(" ".join(listing["caption"].split()))
        kind = "earlier" if match else "current"
        if kind not in kinds:
            kinds[kind] = listing
            if not listing_error(page, moved(listing)):
                errors.append(f"{page}: the listing check passes '{moved(listing)['caption']}', "
                              "a caption moved by one line: it cannot fail")
    return errors


def main():
    errors = [f"{HTML}: {e}" for e in listing_errors()]
    errors += [f"{EPUB}: {e}" for e in epub_errors()]
    errors += [f"{PDF}: {e}" for e in pdf_errors()]
    if errors:
        sys.exit("check_book: the book has problems:\n  " + "\n  ".join(errors))
    print(f"check_book: the listings' captions give src/'s lines; {EPUB} passes "
          f"epubcheck; {PDF}'s pages are numbered, keep captions with their code "
          "and stay inside the margins")


if __name__ == "__main__":
    main()
