#!/usr/bin/env python3
"""Check the book's web pages in a real browser: `make book-check`.

Headless Chromium (Debian's `chromium`) loads every page of build/book/html
at a desktop's width (1280x800) and a phone's (390x844), and a script run in
the page asserts that
- no element but a code block (pre, div.sourceCode, or a listing's
  div.listing-code, which book/filters/book.lua puts around its runs of
  dimmed and new lines) or a table's box (div.table-scroll, which
  book/filters/chapter-page.lua puts around every table) is wider than the
  page or has content wider than itself: those may scroll, themselves or
  through the box they lie in, nothing else may; a block inside a box that
  scrolls is cut off at the box's edges, so only the box must fit the page;
- every image has loaded (naturalWidth > 0);
- every link resolves: a page of the book and the #anchor in it, a file
  beside the pages (the PDF, the EPUB), or an https:// address of a valid
  form (the network is never used).

Chromium is driven through the DevTools protocol over a pipe
(--remote-debugging-pipe: JSON messages ending in a NUL byte on file
descriptors 3 and 4), so Python's standard library is all it takes.

  check_html.py               check build/book/html (after `make book`)
  check_html.py --self-test   check pages made to fail, and fail if any
                              problem they hold goes unreported
  check_html.py --screenshots DIR   also save each page at each width as
                              DIR/<page>-<width>.png"""

import base64
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HTML = Path("build/book/html")
CHROMIUM = "chromium"
# The widths a reader's screen has: a desktop's and a phone's.
VIEWPORTS = ((1280, 800), (390, 844))
PHONE_WIDTH = 600
# Seconds a page may take to load.
LOAD_TIMEOUT = 30
# The pages the book's build writes for other uses than reading on screen.
NOT_CHECKED = {"print.html"}
EXTERNAL_LINK = re.compile(r"^https://[a-z0-9-]+(\.[a-z0-9-]+)+(/[^\s\"<>]*)?$")

# Run in each page once it has loaded: what is wrong with it, and what it
# needs checked against the other pages (its ids and its links).
PAGE_SCRIPT = r"""
(() => {
  const SCROLLERS = "pre, div.sourceCode, div.listing-code, div.table-scroll";
  const problems = [];
  const describe = (el) => {
    let name = el.tagName.toLowerCase();
    if (el.id) name += "#" + el.id;
    if (typeof el.className === "string" && el.className.trim())
      name += "." + el.className.trim().split(/\s+/).join(".");
    const text = (el.textContent || "").trim().replace(/\s+/g, " ").slice(0, 50);
    return text ? `<${name}> "${text}"` : `<${name}>`;
  };
  const page = document.documentElement.clientWidth;
  const scrollsItself = (el) => ["auto", "scroll"].includes(getComputedStyle(el).overflowX);
  // The code blocks and table boxes el lies in, innermost first (pandoc's
  // pre.sourceCode lies in its div.sourceCode, which in a listing lies in
  // its div.listing-code).
  const boxesAround = function* (el) {
    for (let box = el.parentElement.closest(SCROLLERS); box;
         box = box.parentElement.closest(SCROLLERS)) yield box;
  };
  // Whether a code block or a table's box scrolls, itself or through a box
  // it lies in: its content, and every box's between, spills into that box
  // (overflow visible), where hidden would cut it off.
  const scrolls = (el) => {
    for (const box of [el, ...boxesAround(el)]) {
      if (scrollsItself(box)) return true;
      if (getComputedStyle(box).overflowX !== "visible") return false;
    }
    return false;
  };
  for (const el of document.body.querySelectorAll("*")) {
    if (el.closest(SCROLLERS) && !el.matches(SCROLLERS)) continue;
    const box = el.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) continue;
    const clipped = [...boxesAround(el)].some(scrollsItself);
    if (!clipped && (box.right > page + 1 || box.left < -1)) {
      problems.push(`${describe(el)} overflows the page: it spans ` +
                    `${Math.round(box.left)}..${Math.round(box.right)} px of ${page}`);
      continue;
    }
    const style = getComputedStyle(el);
    if (style.display === "inline" || el.clientWidth === 0 ||
        el.scrollWidth <= el.clientWidth + 1) continue;
    if (!el.matches(SCROLLERS)) {
      problems.push(`${describe(el)} overflows itself: its content is ` +
                    `${el.scrollWidth} px wide in ${el.clientWidth} px`);
    } else if (!scrolls(el)) {
      problems.push(`${describe(el)} is ${el.scrollWidth} px wide in ` +
                    `${el.clientWidth} px and does not scroll`);
    }
  }
  if (document.documentElement.scrollWidth > page + 1)
    problems.push(`the page scrolls sideways: ${document.documentElement.scrollWidth} px ` +
                  `wide in ${page} px`);
  for (const img of document.images) {
    if (!img.complete || img.naturalWidth === 0)
      problems.push(`image ${img.getAttribute("src")} did not load`);
  }
  const ids = [...document.querySelectorAll("[id]")].map((el) => el.id);
  const links = [...document.querySelectorAll("a[href]")].map((a) => a.getAttribute("href"));
  return {problems, ids, links};
})()
"""


class Browser:
    """Headless Chromium, driven over the DevTools protocol's pipe."""

    def __init__(self):
        self.profile = tempfile.TemporaryDirectory(prefix="check_html-")
        to_browser_read, self.to_browser = os.pipe()
        self.from_browser, from_browser_write = os.pipe()
        command = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu",
                   "--no-first-run", "--hide-scrollbars", "--remote-debugging-pipe",
                   f"--user-data-dir={self.profile.name}", "about:blank"]

        def protocol_descriptors():
            # The browser reads commands from 3 and writes to 4; the pipes'
            # ends may be 3 or 4 already, so they are copied out of the way.
            reading, writing = os.dup(to_browser_read), os.dup(from_browser_write)
            os.dup2(reading, 3)
            os.dup2(writing, 4)

        self.process = subprocess.Popen(command, stdout=subprocess.DEVNULL,
                                        stderr=subprocess.DEVNULL, pass_fds=(3, 4),
                                        preexec_fn=protocol_descriptors)
        os.close(to_browser_read)
        os.close(from_browser_write)
        self.buffer = b""
        self.next_id = 0
        target = self.call("Target.createTarget", url="about:blank")["targetId"]
        self.session = self.call("Target.attachToTarget", targetId=target,
                                 flatten=True)["sessionId"]
        self.call("Page.enable", session=True)

    def send(self, method, session, params):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params}
        if session:
            message["sessionId"] = self.session
        os.write(self.to_browser, json.dumps(message).encode() + b"\0")
        return self.next_id

    def receive(self):
        while b"\0" not in self.buffer:
            chunk = os.read(self.from_browser, 1 << 16)
            if not chunk:
                sys.exit("check_html: chromium closed the DevTools pipe (did it crash?)")
            self.buffer += chunk
        message, _, self.buffer = self.buffer.partition(b"\0")
        return json.loads(message)

    def call(self, method, session=False, **params):
        """The result of a command; events that arrive meanwhile are dropped."""
        sent = self.send(method, session, params)
        while True:
            message = self.receive()
            if message.get("id") == sent:
                if "error" in message:
                    sys.exit(f"check_html: {method} failed: {message['error']}")
                return message["result"]

    def load(self, url, width, height):
        self.call("Emulation.setDeviceMetricsOverride", session=True, width=width,
                  height=height, deviceScaleFactor=1, mobile=width < PHONE_WIDTH)
        sent = self.send("Page.navigate", True, {"url": url})
        loaded = answered = False
        while not (loaded and answered):
            message = self.receive()
            if message.get("id") == sent:
                if "errorText" in message.get("result", {}):
                    sys.exit(f"check_html: cannot load {url}: {message['result']['errorText']}")
                answered = True
            elif message.get("method") == "Page.loadEventFired":
                loaded = True

    def evaluate(self, expression):
        result = self.call("Runtime.evaluate", session=True, expression=expression,
                           returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in result:
            sys.exit(f"check_html: the page script failed: {result['exceptionDetails']}")
        return result["result"]["value"]

    def screenshot(self, path):
        data = self.call("Page.captureScreenshot", session=True, format="png")["data"]
        path.write_bytes(base64.b64decode(data))

    def close(self):
        os.close(self.to_browser)
        try:
            self.process.wait(timeout=LOAD_TIMEOUT)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        os.close(self.from_browser)
        self.profile.cleanup()


def link_problems(folder, name, links, ids_of):
    """What is wrong with the links of page `name`: ids_of maps each page
    checked to the ids it defines."""
    problems = []
    for link in links:
        if re.match(r"^[a-z]+:", link):
            if not EXTERNAL_LINK.match(link):
                problems.append(f"link {link}: not an https:// address of a valid form")
            continue
        target, _, anchor = link.partition("#")
        target = target or name
        if not (folder / target).is_file():
            problems.append(f"link {link}: no file {target}")
        elif anchor and target in ids_of and anchor not in ids_of[target]:
            problems.append(f"link {link}: {target} has no element with id {anchor!r}")
        elif anchor and target not in ids_of:
            problems.append(f"link {link}: an #anchor in {target}, which is not a page")
    return problems


def check(folder, screenshots=None):
    """Every problem of every page in `folder`, as "page at WxH: problem"."""
    pages = sorted(p.name for p in folder.glob("*.html") if p.name not in NOT_CHECKED)
    if not pages:
        sys.exit(f"check_html: no pages in {folder} (run `make book` first)")
    browser = Browser()
    problems, ids_of, links_of = [], {}, {}
    try:
        for width, height in VIEWPORTS:
            for name in pages:
                browser.load((folder / name).resolve().as_uri(), width, height)
                found = browser.evaluate(PAGE_SCRIPT)
                problems += [f"{name} at {width}x{height}: {p}" for p in found["problems"]]
                ids_of[name] = set(found["ids"])
                links_of[name] = found["links"]
                if screenshots:
                    browser.screenshot(screenshots / f"{Path(name).stem}-{width}.png")
    finally:
        browser.close()
    for name in pages:
        problems += [f"{name}: {p}" for p in link_problems(folder, name, links_of[name], ids_of)]
    return pages, problems


# The self-test's pages: one of each problem, and a page with none, whose
# wide code, wide listing and wide table scroll in their boxes as the book's
# do. A listing is laid out as style.css lays out the book's: its runs of
# dimmed and new lines are as wide as their lines, and its box scrolls them.
LISTING = ('<div class="listing-code" id="{id}"><div class="sourceCode">'
           '<pre class="sourceCode listing-context">{code}</pre></div><div class="sourceCode">'
           '<pre class="sourceCode"{run_style}>{code}</pre></div></div>')
LISTING_STYLE = """.listing-code div.sourceCode, .listing-code pre { overflow: visible; }
.listing-code > div.sourceCode { width: max-content; min-width: 100%; }"""
GOOD_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>pre, div.listing-code, div.table-scroll {{ overflow-x: auto; }}
{listing_style}</style></head><body>
<pre>{code}</pre><div class="table-scroll"><table><tr><td>{code}</td></tr></table></div>
{listing}
<img src="dot.svg" alt=""><a href="bad.html#here">a link</a>
<a href="https://peps.python.org/pep-0442/">PEP 442</a></body></html>
""".format(code="x" * 400, listing_style=LISTING_STYLE,
           listing=LISTING.format(id="wide-listing", code="x" * 400, run_style=""))
# Two listings fail: one whose box does not scroll, and one whose box
# scrolls but whose new lines are cut off at its edge (overflow hidden), not
# scrolled with it.
BAD_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>{listing_style}
#cut-listing {{ overflow-x: auto; }}
#cut-listing div.sourceCode {{ width: auto; }}</style></head><body>
<p id="here">Fine.</p><div id="too-wide" style="width: 2000px">wide</div>
<pre id="wide-code">{code}</pre>
{unscrolled}
{cut}
<img src="missing.png" alt=""><a href="good.html#nowhere">bad anchor</a>
<a href="nothing.html">bad file</a><a href="http//peps.python.org">bad address</a>
</body></html>
""".format(code="y" * 400, listing_style=LISTING_STYLE,
           unscrolled=LISTING.format(id="unscrolled-listing", code="z" * 400, run_style=""),
           cut=LISTING.format(id="cut-listing", code="w" * 400,
                              run_style=' style="overflow: hidden"'))
DOT = ('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
       '<circle cx="5" cy="5" r="4"/></svg>')
# What the check must say of BAD_PAGE, at every width where it applies.
EXPECTED = (r"bad\.html at 1280x800: <div#too-wide> \"wide\" overflows the page",
            r"bad\.html at 390x844: <div#too-wide> \"wide\" overflows the page",
            r"bad\.html at 1280x800: image missing\.png did not load",
            r"bad\.html at 390x844: <pre#wide-code> \"y+\" is \d+ px wide in \d+ px "
            r"and does not scroll",
            r"bad\.html at 390x844: <div#unscrolled-listing\.listing-code> \"z+\" is \d+ px "
            r"wide in \d+ px and does not scroll",
            r"bad\.html at 390x844: <pre\.sourceCode> \"w+\" is \d+ px wide in \d+ px "
            r"and does not scroll",
            r"bad\.html: link good\.html#nowhere: good\.html has no element with id 'nowhere'",
            r"bad\.html: link nothing\.html: no file nothing\.html",
            r"bad\.html: link http//peps\.python\.org: no file")


def self_test():
    with tempfile.TemporaryDirectory(prefix="check_html-test-") as name:
        folder = Path(name)
        (folder / "good.html").write_text(GOOD_PAGE)
        (folder / "bad.html").write_text(BAD_PAGE)
        (folder / "dot.svg").write_text(DOT)
        _, problems = check(folder)
    missed = [e for e in EXPECTED if not any(re.match(e, p) for p in problems)]
    wrong = [p for p in problems if p.startswith("good.html")]
    if missed or wrong:
        sys.exit("check_html: the self-test failed.\n  Not reported:\n    " +
                 "\n    ".join(missed) + "\n  Reported of the good page:\n    " +
                 "\n    ".join(wrong) + "\n  All it reported:\n    " + "\n    ".join(problems))
    print(f"check_html: self-test passed ({len(problems)} problems found in the bad page, "
          "none in the good one)")


def main():
    if sys.argv[1:] == ["--self-test"]:
        self_test()
        return
    screenshots = None
    if sys.argv[1:2] == ["--screenshots"] and len(sys.argv) == 3:
        screenshots = Path(sys.argv[2])
        screenshots.mkdir(parents=True, exist_ok=True)
    elif sys.argv[1:]:
        sys.exit(__doc__)
    pages, problems = check(HTML, screenshots)
    if problems:
        sys.exit("check_html: the web pages have problems:\n  " + "\n  ".join(problems))
    widths = " and ".join(f"{w}x{h}" for w, h in VIEWPORTS)
    print(f"check_html: {len(pages)} pages at {widths}: nothing overflows but code and "
          "tables in their boxes, every image loads, every link resolves")


if __name__ == "__main__":
    main()
