-- book.lua: fills a chapter with what the code and CPython really do.
--
--   ```{snippet="name"}```     the definition of `name` from src/, or the
--                              region of that name (//> N name), with its
--                              file, its lines in src/ and where it goes
--                              ("file.c:name" if ambiguous); see
--                              book/tools/listings.py
--   ```{run="example"}```      what the stage's src/examples/example.c prints
--   ```{.python verify=true}   the Python code, then what python3 prints
--   ```{.python program="name"}```  tests/python/name.py, run by python3 and by
--                              build/bin/minipy: both must print the same
--   ```{traced="name"}```      tests/python/name.py run by python3 and by
--                              minipy, which must agree once tracemalloc's
--                              sizes are masked (as run.py's "# run.py: mask
--                              byte counts"): both outputs, one after the other
--   ```{minipy="name" options="--trace-gc"}```  what minipy prints for
--                              tests/python/name.py with those options
--   ![caption](minipy:name:N)  the heap at collection N of tests/python/name.py,
--                              drawn by `minipy --dot`
--   ![caption](figure:example) the heap picture `example --dot` draws
--   ![caption](figure:example:arg)            ... that `example --dot arg` draws
--   ::: {steps="example:arg"}  the pictures `example --steps arg` draws, one
--   what to look at            per step of a collection, as a sequence of
--   :::                        numbered figures (the HTML pages step through
--                              them: book/filters/stepper.lua)
--   ```{bench="name"}```       the tables tests/bench/name.c prints under
--                              `make bench`
--   ![caption](bench:name)     the plot of that run (tests/bench/name.gp)
--
-- Snippets come from the code as of this chapter (book/tools/stage.py cuts
-- it from src/), so a chapter shows the code its reader has, and cannot show
-- code from a later chapter.  BOOK_STAGE names the stage's directory, which
-- the example programs are built in.
-- A benchmark runs once per state of the stage's code, however many forms
-- show it: build_book.py keeps the run (bench_results).
-- Anything unknown, or any program that fails, stops the build.

local STAGE = os.getenv("BOOK_STAGE") or "."
local EXAMPLES = STAGE .. "/build/debug/examples/"
-- Python programs are tests/python's, run by the finished runner: a chapter
-- before the runner's (chapter 2) still shows Python that both agree on.
local MINIPY = "build/bin/minipy"
local PROGRAMS = "tests/python/"
local OUT = os.getenv("BOOK_OUT") or "build/book/html"

local function fail(message)
  io.stderr:write("book.lua: " .. message .. "\n")
  os.exit(1)
end

local function run(program, args, input)
  local ok, output = pcall(pandoc.pipe, program, args, input or "")
  if not ok then fail("running " .. program .. " failed: " .. tostring(output)) end
  return output
end

-- A listing: the code of `name` as of this chapter, from
-- book/tools/listings.py, which says where it is in src/ and where it goes.
-- An appendix shows the code as it ends, with no place to put it.  A long
-- listing comes in parts, each a div of its own with its caption; lines kept
-- from the code an earlier chapter showed are dimmed (class
-- listing-context).
local function listing_part(part, attributes, where)
  local caption = {pandoc.Span({pandoc.Str(part.caption)}, {class = "listing-source"})}
  if where then
    caption[#caption + 1] = pandoc.Space()
    caption[#caption + 1] = pandoc.Span(pandoc.read(where, "markdown").blocks[1].content,
                                        {class = "listing-where"})
  end
  -- Each run of dimmed or of new lines is a code block; the runs of a part
  -- read as one block (book/style.css).
  local code = {}
  local run_lines, run_dim = {}, nil
  local function close_run()
    if #run_lines == 0 then return end
    -- A code block loses blank lines at its ends; a space keeps them.
    for _, i in ipairs({1, #run_lines}) do
      if run_lines[i] == "" then run_lines[i] = " " end
    end
    local classes = run_dim and {"c", "listing-context"} or {"c"}
    code[#code + 1] = pandoc.CodeBlock(table.concat(run_lines, "\n"), pandoc.Attr("", classes))
    run_lines = {}
  end
  for _, line in ipairs(part.lines) do
    if line.dim ~= run_dim then close_run() end
    run_dim = line.dim
    run_lines[#run_lines + 1] = line.text
  end
  close_run()
  local attrs = {}
  for key, value in pairs(attributes) do attrs[key] = value end
  if part.src ~= "" then attrs.lines = part.src end
  return pandoc.Div({pandoc.Para(caption), pandoc.Div(code, {class = "listing-code"})},
                    pandoc.Attr("", {"listing"}, attrs))
end

local function snippet(name)
  -- Chapter NN's file is NN-name.md; an appendix's has no number.
  local chapter = (PANDOC_STATE.input_files[1] or ""):match("(%d+)%-[^/]*$")
  local output = run("python3", {"book/tools/listings.py",
                                 chapter and tostring(tonumber(chapter)) or "-", name})
  local attributes, parts, where = {}, {}, nil
  for line in output:gmatch("(.-)\n") do
    local kind, rest = line:sub(1, 1), line:sub(3)
    if kind == "|" then
      local key, value = rest:match("^(%S+) (.*)$")
      attributes[key] = value
    elseif kind == "=" then
      local caption, src = rest:match("^(.-)\t(.*)$")
      parts[#parts + 1] = {caption = caption, src = src, lines = {}}
    elseif kind == ">" then
      where = rest
    elseif kind == "-" or kind == "+" then
      table.insert(parts[#parts].lines, {text = rest, dim = kind == "-"})
    else
      fail("book/tools/listings.py wrote '" .. line .. "'")
    end
  end
  local blocks = {}
  for i, part in ipairs(parts) do
    blocks[#blocks + 1] = listing_part(part, attributes, i == 1 and where or nil)
  end
  return blocks
end

local function example_output(name)
  local output = run(EXAMPLES .. name, {})
  return pandoc.Div({
    pandoc.Para({pandoc.Span({pandoc.Str("Output of src/examples/" .. name .. ".c")},
                             {class = "listing-source"})}),
    pandoc.CodeBlock(output, {class = "output"}),
  }, {class = "listing"})
end

local python_version = nil

local function python_check(block)
  if not python_version then
    python_version = run("python3", {"-c", "import platform; print(platform.python_version(), end='')"})
  end
  local ok, output = pcall(pandoc.pipe, "python3", {"-"}, block.text)
  if not ok then fail("python3 failed on:\n" .. block.text .. "\n" .. tostring(output)) end
  return pandoc.Div({
    pandoc.CodeBlock(block.text, {class = "python"}),
    pandoc.Para({pandoc.Span({pandoc.Str("CPython " .. python_version .. " prints:")},
                             {class = "listing-source"})}),
    pandoc.CodeBlock(output, {class = "output"}),
  }, {class = "listing python-check"})
end

-- A program of tests/python without its opening comment (chapter and
-- purpose, for the test suite's reader, not the book's).
local function program_text(name)
  local path = PROGRAMS .. name .. ".py"
  local file = io.open(path)
  if not file then fail("unknown program '" .. name .. "' (no " .. path .. ")") end
  local lines, opening = {}, true
  for line in file:lines() do
    opening = opening and (line:match("^#") or line == "")
    if not opening then lines[#lines + 1] = line end
  end
  file:close()
  return table.concat(lines, "\n")
end

-- The python3 a program names in its opening comment ("# python3:
-- /usr/bin/python3", for a package Debian installs for that one only, as
-- tests/python/run.py reads it), or the one on PATH.
local function python_of(path)
  local file = io.open(path, "r")
  local head = file:read(2000) or ""
  file:close()
  return head:match("\n# python3: (%S+)") or head:match("^# python3: (%S+)") or "python3"
end

local program_python_versions = {}

local function both_print(name)
  local path = PROGRAMS .. name .. ".py"
  local text = program_text(name)
  local python = python_of(path)
  local theirs = run(python, {path})
  local ours = run(MINIPY, {path})
  if ours ~= theirs then
    fail("minipy and python3 disagree on " .. path .. ":\npython3:\n" .. theirs ..
         "\nminipy:\n" .. ours)
  end
  if not program_python_versions[python] then
    program_python_versions[python] = run(python, {"-c",
      "import platform; print(platform.python_version(), end='')"})
  end
  local version = program_python_versions[python]
  return pandoc.Div({
    pandoc.Para({pandoc.Span({pandoc.Str("tests/python/" .. name .. ".py")},
                             {class = "listing-source"})}),
    pandoc.CodeBlock(text, {class = "python"}),
    pandoc.Para({pandoc.Span({pandoc.Str("CPython " .. version .. " and minipy both print:")},
                             {class = "listing-source"})}),
    pandoc.CodeBlock(theirs, {class = "output"}),
  }, {class = "listing python-check"})
end

local function minipy_output(name, options)
  local args = {}
  for option in (options or ""):gmatch("%S+") do args[#args + 1] = option end
  args[#args + 1] = PROGRAMS .. name .. ".py"
  local output = run(MINIPY, args)
  local command = "minipy " .. table.concat(args, " "):gsub(PROGRAMS:gsub("%p", "%%%0"), "")
  return pandoc.Div({
    pandoc.Para({pandoc.Span({pandoc.Str("$ " .. command)}, {class = "listing-source"})}),
    pandoc.CodeBlock(output, {class = "output"}),
  }, {class = "listing"})
end

-- A size as tracemalloc prints it ("1077 KiB", "+70.3 KiB", "24 B"), the
-- pattern of tests/python/run.py's TRACEMALLOC_SIZE.
local function masked_sizes(text)
  return (text:gsub("[+-]?%d+%.?%d* [KMGT]?i?B%f[%W]", "<bytes>"))
end

local function sizes_differ(name)
  local path = PROGRAMS .. name .. ".py"
  local theirs = run("python3", {path})
  local ours = run(MINIPY, {path})
  if masked_sizes(ours) ~= masked_sizes(theirs) then
    fail("minipy and python3 disagree on " .. path .. " beyond tracemalloc's sizes:\npython3:\n" ..
         theirs .. "\nminipy:\n" .. ours)
  end
  local version = run("python3", {"-c", "import platform; print(platform.python_version(), end='')"})
  local function caption(text)
    return pandoc.Para({pandoc.Span({pandoc.Str(text)}, {class = "listing-source"})})
  end
  return pandoc.Div({
    caption("tests/python/" .. name .. ".py"),
    pandoc.CodeBlock(program_text(name), {class = "python"}),
    caption("CPython " .. version .. " prints:"),
    pandoc.CodeBlock(theirs, {class = "output"}),
    caption("minipy prints (the same but for the sizes):"),
    pandoc.CodeBlock(ours, {class = "output"}),
  }, {class = "listing python-check"})
end

-- Where the run of benchmark `name` is kept: its output and plot.
local bench_dirs = {}

local function bench_results(name)
  if not bench_dirs[name] then
    local ok, output = pcall(pandoc.pipe, "python3",
                             {"book/tools/build_book.py", "--bench", STAGE, name}, "")
    if not ok then fail("benchmark '" .. name .. "' failed: see above") end
    bench_dirs[name] = output:gsub("%s+$", "")
  end
  return bench_dirs[name]
end

local function read_result(name, file_name)
  local path = bench_results(name) .. "/" .. file_name
  local file = io.open(path, "rb")
  if not file then fail("benchmark '" .. name .. "' left no " .. file_name) end
  local text = file:read("a")
  file:close()
  return text
end

local function bench_output(name)
  return pandoc.Div({
    pandoc.Para({pandoc.Span({pandoc.Str("Output of tests/bench/" .. name .. ".c (make bench)")},
                             {class = "listing-source"})}),
    pandoc.CodeBlock(read_result(name, name .. ".md"), {class = "output"}),
  }, {class = "listing"})
end

function CodeBlock(block)
  local name = block.attributes.snippet
  if name then return snippet(name) end
  name = block.attributes.program
  if name then return both_print(name) end
  name = block.attributes.minipy
  if name then return minipy_output(name, block.attributes.options) end
  name = block.attributes.traced
  if name then return sizes_differ(name) end
  name = block.attributes.run
  if name then return example_output(name) end
  name = block.attributes.bench
  if name then return bench_output(name) end
  if block.attributes.verify then return python_check(block) end
  return nil
end

-- The DOT text of collection `n` of a program, drawn by minipy --dot.
local function minipy_dot(name, n)
  local dir = OUT .. "/figures/" .. name
  os.execute("rm -rf " .. dir .. " && mkdir -p " .. dir)
  run(MINIPY, {"--dot", dir, PROGRAMS .. name .. ".py"})
  local file = io.open(dir .. "/collection-" .. n .. ".dot")
  if not file then fail(name .. ".py ran no collection " .. n) end
  local dot = file:read("a")
  file:close()
  os.execute("rm -rf " .. dir)
  return dot
end

-- An SVG as an EPUB reader may load it.  Graphviz and gnuplot declare the
-- SVG 1.1 DTD, and EPUB 3 forbids a document type naming an external DTD;
-- the figures use nothing it defines, so it goes.  gnuplot names the parts
-- of each plot gnuplot_plot_1a, ... afresh for every plot of a multiplot,
-- and ids must be unique in a document: a repeated one gets the number of
-- its occurrence (only gnuplot's mouse script, never embedded here, looks
-- them up).
local function epub_safe_svg(svg)
  svg = svg:gsub("<!DOCTYPE svg.->%s*", "", 1)
  local seen = {}
  return (svg:gsub('id="([^"]+)"', function(id)
    seen[id] = (seen[id] or 0) + 1
    if seen[id] == 1 then return nil end
    return 'id="' .. id .. "-" .. seen[id] .. '"'
  end))
end

local function write_figure(path, content)
  content = epub_safe_svg(content)
  os.execute("mkdir -p " .. OUT .. "/figures")
  local file = io.open(OUT .. "/" .. path, "wb")
  file:write(content)
  file:close()
end

-- A figure adds up: the arrows of kind ref or holder into each object
-- (src/dump.h) are as many as the count printed in it.  A figure that
-- leaves out something that holds an object stops the build.
local function check_counts(dot, what)
  local counts, labels, arrows = {}, {}, {}
  for line in dot:gmatch("[^\n]+") do
    local id = line:match('^%s*([%w_]+) %[label="')
    local count = id and line:match("\\nrefcount (%-?%d+)")
    if count then
      counts[id], labels[id], arrows[id] = tonumber(count), line:match('label="(.-)\\n'), 0
    end
    for target, kind in line:gmatch("%-> ([%w_]+) %[kind=(%a+)") do
      if kind == "ref" or kind == "holder" then
        arrows[target] = (arrows[target] or 0) + 1
      end
    end
  end
  for id, count in pairs(counts) do
    if arrows[id] ~= count then
      fail(string.format("figure %s: %s has a count of %d but %d arrows into it; " ..
                         "draw what holds it (DumpHolder, src/dump.h)",
                         what, labels[id], count, arrows[id]))
    end
  end
end

local function svg_of(dot, what)
  check_counts(dot, what)
  return run("dot", {"-Tsvg"}, dot)
end

-- Sub-figures are lettered (a), (b), ... and numbered "step k of n".
local function step_caption(k, n, text)
  local letter = k <= 26 and string.char(string.byte("a") + k - 1) or tostring(k)
  return string.format("(%s) Step %d of %d: %s.", letter, k, n, text)
end

-- The figure sequence of `example --steps arg`: each picture follows a
-- line "// caption: ..." (src/examples/collect_phases.c).
local function steps_figures(div)
  local name, arg = div.attributes.steps:match("^([%w_]+):?([%w_]*)$")
  if not name then fail("steps='" .. div.attributes.steps .. "': write example or example:arg") end
  local args = {"--steps"}
  if arg ~= "" then args[2] = arg end
  local output = run(EXAMPLES .. name, args)
  local steps = {}
  for caption, dot in output:gmatch("// caption: ([^\n]*)\n(digraph.-\n}\n)") do
    steps[#steps + 1] = {caption = caption, dot = dot}
  end
  if #steps == 0 then fail(name .. " --steps drew no step") end
  local id = "steps-" .. name .. (arg ~= "" and "-" .. arg or "")
  local blocks = div.content
  for k, step in ipairs(steps) do
    local path = string.format("figures/%s-%02d.svg", id, k)
    write_figure(path, svg_of(step.dot, path))
    blocks:insert(pandoc.Para({pandoc.Image(step_caption(k, #steps, step.caption), path)}))
  end
  return pandoc.Div(blocks, {id = id, class = "stepper"})
end

function Div(div)
  if div.attributes.steps then return steps_figures(div) end
  return nil
end

function Image(image)
  local kind, name, arg = image.src:match("^(%w+):([%w_]+):?([%w_]*)$")
  if kind == "bench" then
    if arg ~= "" then fail("bench:" .. name .. ":" .. arg .. ": a benchmark has one plot") end
    image.src = "figures/bench-" .. name .. ".svg"
    write_figure(image.src, read_result(name, name .. ".svg"))
    return image
  end
  if kind ~= "figure" and kind ~= "minipy" then return nil end
  local dot
  if kind == "minipy" then
    dot = minipy_dot(name, arg)
  else
    local args = {"--dot"}
    if arg ~= "" then args[2] = arg end
    dot = run(EXAMPLES .. name, args)
  end
  local path = "figures/" .. (kind == "minipy" and "minipy-" or "") .. name ..
               (arg ~= "" and "-" .. arg or "") .. ".svg"
  write_figure(path, svg_of(dot, path))
  image.src = path
  return image
end

-- The name of the chapter's file: NN-name.md for chapter NN (00 is the
-- introduction), appendix-name.md for an appendix.
local function input_name()
  local input = PANDOC_STATE.input_files[1] or ""
  return input:match("[^/]*$")
end

-- Numbers, cross-references and links ------------------------------------
--
-- The prose is plain text; this part makes links of what it cites, in every
-- format: "chapter 3" and "the appendix on costs" link to that chapter's
-- heading (#chapter-3, #appendix-costs: the web pages' filter,
-- chapter-page.lua, points them at the chapter's page); a PEP, a CPython
-- issue (gh-N, bpo-N, "issue N"), a file of CPython's source
-- (`Modules/gcmodule.c`, of the version the prose names, 3.11 if none) and
-- the outside works the book cites link to where a reader finds them.

local CPYTHON_VERSION = "3.11"
local CPYTHON_SOURCE = "https://github.com/python/cpython/blob/"
local CPYTHON_ISSUE = "https://github.com/python/cpython/issues/"
local BPO_ISSUE = "https://bugs.python.org/issue"
local PEP = "https://peps.python.org/pep-%04d/"
-- The highest issue number of bugs.python.org: an "issue N" above it is
-- one of GitHub's.
local LAST_BPO_ISSUE = 47258
-- The top folders of CPython's source tree.
local CPYTHON_FOLDERS = {Modules = true, Objects = true, Python = true, Include = true,
                         Parser = true, Lib = true}

-- The outside works, by their titles as the prose writes them (in quotes
-- or italics), and what must come just before the title when the title
-- alone is ambiguous.
local WORKS = {
  {title = "Crafting Interpreters", url = "https://craftinginterpreters.com/"},
  {title = "Garbage Collection", before = "chapter",
   url = "https://craftinginterpreters.com/garbage-collection.html"},
  {title = "Concurrent Cycle Collection in Reference Counted Systems",
   url = "https://doi.org/10.1007/3-540-45337-7_12"},
  {title = "Collecting Cycles", before = "page",
   url = "https://www.php.net/manual/en/features.gc.collecting-cycles.php"},
  {title = "Dismissing Python Garbage Collection at Instagram",
   url = "https://instagram-engineering.com/dismissing-python-garbage-collection-at-instagram-4dca40b29172"},
  {title = "Copy-on-write friendly Python garbage collection",
   url = "https://instagram-engineering.com/copy-on-write-friendly-python-garbage-collection-ad6ed5233ddf"},
  {title = "Garbage Collection", before = "§2.5,",
   url = "https://www.lua.org/manual/5.4/manual.html#2.5"},
}

-- The book's files: the numbered chapters (NN-name.md) and the appendices.
local book_files = nil

local function chapter_files()
  if not book_files then
    book_files = {chapters = {}, appendices = {}}
    local list = io.popen("ls chapters")
    for name in list:lines() do
      local number = name:match("^(%d%d)%-.*%.md$")
      if number then
        book_files.chapters[tonumber(number)] = name
      elseif name:match("^appendix%-.*%.md$") then
        table.insert(book_files.appendices, name)
      end
    end
    list:close()
    table.sort(book_files.appendices)
  end
  return book_files
end

-- A chapter's number ("3") or an appendix's letter ("A"), nil for the
-- introduction, and the id of its heading.
local function chapter_label(name)
  local number = tonumber(name:match("^(%d+)%-"))
  if number == 0 then return nil, "introduction" end
  if number then return tostring(number), "chapter-" .. number end
  local slug = name:match("^appendix%-(.*)%.md$")
  if not slug then fail(name .. ": neither NN-name.md nor appendix-name.md") end
  for i, appendix in ipairs(chapter_files().appendices) do
    if appendix == name then return string.char(64 + i), "appendix-" .. slug end
  end
  fail(name .. " is not in chapters/")
end

-- "Appendix: what it costs" becomes "What it costs": the heading's label
-- says "Appendix A".
local function without_appendix_word(inlines)
  if #inlines >= 3 and inlines[1].t == "Str" and inlines[1].text == "Appendix:" then
    inlines = inlines:clone()
    inlines:remove(1)
    inlines:remove(1)
    if inlines[1].t == "Str" then
      inlines[1] = pandoc.Str(inlines[1].text:sub(1, 1):upper() .. inlines[1].text:sub(2))
    end
  end
  return inlines
end

-- A heading links nowhere (a contents entry is a link already).
local function without_links(header)
  return header:walk({Link = function(link) return link.content end})
end

local function link(inlines, url, title)
  return pandoc.Link(inlines, url, title or "")
end

-- The word at `i` if it is a Str, and the words of a phrase.
local function word(inlines, i)
  local inline = inlines[i]
  return inline and inline.t == "Str" and inline.text or nil
end

local function is_space(inline)
  return inline and (inline.t == "Space" or inline.t == "SoftBreak")
end

-- "3's", "3),": the number and what follows it.
local function split_number(text)
  return text:match("^(%d+)(.*)$")
end

-- The id of chapter `n`'s heading, if the book has a chapter n.
local function chapter_target(n)
  if chapter_files().chapters[n] and n > 0 then return "#chapter-" .. n end
  return nil
end

-- The appendices by the words that follow "appendix on" in the prose.
local APPENDIX_TOPICS = {
  {words = {"running", "Python"}, slug = "runner"},
  {words = {"costs"}, slug = "costs"},
  {words = {"running", "the", "course"}, slug = "instructors"},
  {words = {"our", "names"}, slug = "names"},
}

-- Words inlines[i], inlines[i+2], ... equal to `words` (the last may carry
-- punctuation): the index of the last and that punctuation.
local function match_words(inlines, i, words)
  for k, expected in ipairs(words) do
    local j = i + 2 * (k - 1)
    if k > 1 and not is_space(inlines[j - 1]) then return nil end
    local text = word(inlines, j)
    if not text then return nil end
    if k < #words then
      if text ~= expected then return nil end
    else
      local rest = text:sub(#expected + 1)
      if text:sub(1, #expected) ~= expected or rest:match("^[%w]") then return nil end
      return j, rest
    end
  end
end

local function appendix_slug_of_title(text)
  for _, name in ipairs(chapter_files().appendices) do
    local file = io.open("chapters/" .. name)
    local title = file:read("l"):match("^# Appendix: (.*)$")
    file:close()
    if title and title:lower() == text:lower() then return name:match("^appendix%-(.*)%.md$") end
  end
  return nil
end

-- A link made at inlines[i..last], then `rest` (punctuation) as text.
local function replace(inlines, i, last, url, rest)
  local content = pandoc.List({})
  for j = i, last do content:insert(inlines[j]) end
  if rest and rest ~= "" then
    content[#content] = pandoc.Str(content[#content].text:sub(1, -#rest - 1))
  end
  for _ = i, last do inlines:remove(i) end
  inlines:insert(i, link(content, url))
  if rest and rest ~= "" then inlines:insert(i + 1, pandoc.Str(rest)) end
end

local function text_of(inlines)
  return pandoc.utils.stringify(inlines)
end

-- The link for the reference that starts at inlines[i], made in place;
-- false if there is none.
local function link_reference(inlines, i)
  local text = word(inlines, i)
  local inline = inlines[i]
  if inline.t == "Code" then
    local folder = inline.text:match("^(%u%l+)/[%w_/%.]+%.[chpy]+$")
    if folder and CPYTHON_FOLDERS[folder] then
      local before = word(inlines, i - 2) or ""
      -- "3.7's" (the apostrophe straight or curly: one byte or three).
      local version = before:match("^(3%.%d+)'s$") or before:match("^(3%.%d+)’s$") or
                      CPYTHON_VERSION
      inlines[i] = link({inline}, CPYTHON_SOURCE .. version .. "/" .. inline.text)
      return true
    end
    return false
  end
  if inline.t == "Quoted" or inline.t == "Emph" then
    local title = text_of(inline.content)
    local before = word(inlines, i - 2)
    for _, work in ipairs(WORKS) do
      if work.title == title and (not work.before or work.before == before) then
        inlines[i] = link({inline}, work.url)
        return true
      end
    end
    if before and before:lower() == "appendix" then
      local slug = appendix_slug_of_title(title)
      if slug then inlines[i] = link({inline}, "#appendix-" .. slug) return true end
    end
    return false
  end
  if not text then return false end
  -- gh-N, bpo-N
  local kind, number, rest = text:match("^(%l+)%-(%d+)(.*)$")
  if kind == "gh" or kind == "bpo" then
    local url = (kind == "gh" and CPYTHON_ISSUE or BPO_ISSUE) .. number
    replace(inlines, i, i, url, rest)
    return true
  end
  local next_word = is_space(inlines[i + 1]) and word(inlines, i + 2)
  if not next_word then return false end
  number, rest = split_number(next_word)
  if number then
    local url = nil
    if text == "PEP" then
      url = string.format(PEP, tonumber(number))
    elseif text == "issue" and tonumber(number) <= LAST_BPO_ISSUE then
      url = BPO_ISSUE .. number
    elseif text:match("^[Cc]hapters?$") then
      url = chapter_target(tonumber(number))
    end
    if url then
      replace(inlines, i, i + 2, url, rest)
      -- "chapters 4 and 5", "chapters 2 to 5": the second number links too.
      local between = word(inlines, i + 4)
      if text == "chapters" and (between == "and" or between == "to") then
        local second, after = split_number(word(inlines, i + 6) or "")
        local target = second and chapter_target(tonumber(second))
        if target then replace(inlines, i + 6, i + 6, target, after) end
      end
      return true
    end
    return false
  end
  if (text == "appendix" or text == "Appendix") and next_word == "on" then
    for _, topic in ipairs(APPENDIX_TOPICS) do
      local words = {"appendix", "on", table.unpack(topic.words)}
      words[1] = text
      local last, after = match_words(inlines, i, words)
      if last then
        replace(inlines, i, last, "#appendix-" .. topic.slug, after)
        return true
      end
    end
  end
  return false
end

-- Every reference in a run of text made a link.  Pandoc walks a list's
-- elements before the list, so the text inside a link made here is not
-- walked again; the prose itself makes no links around references.
function Inlines(inlines)
  local i = 1
  while i <= #inlines do
    link_reference(inlines, i)
    i = i + 1
  end
  return inlines
end

-- History and version notes (::: history, ::: version-note) and sidebars
-- (::: sidebar-note, a measurement beside the argument; "sidebar" alone is
-- the pages' table of contents) stand apart
-- from the argument: the style sheets set them in a box, and a title says
-- what they are to a reader whose EPUB reader ignores the styles.
local ASIDE_TITLES = {history = "History", ["version-note"] = "Version note", ["sidebar-note"] = "Sidebar"}

function Div(div)
  for class, title in pairs(ASIDE_TITLES) do
    if div.classes:includes(class) then
      div.content:insert(1, pandoc.Para({pandoc.Span({pandoc.Str(title)}, {class = "aside-title"})}))
      return div
    end
  end
  return nil
end

-- A chapter's title carries its number, the same in every format: "Chapter
-- N" (N from the file name NN-name.md, the way the prose refers to it) for a
-- chapter, "Appendix A" (A, B, ... in the order of the files) for an
-- appendix; the introduction has none.  The number is a span of class
-- chapter-number ahead of the title (the style sheets put "Chapter" or
-- "Appendix" before it, on a line of its own), and the heading gets the id
-- cross-references link to (#chapter-3, #appendix-costs).  An appendix's title says so to an EPUB reader: pandoc
-- puts a chapter whose heading has epub:type "appendix" in the back matter.
function Header(header)
  if header.level ~= 1 then return without_links(header) end
  local name = input_name()
  local label, id = chapter_label(name)
  header.identifier = id
  if name:match("^appendix%-") then
    header.attributes["epub:type"] = "appendix"
    header.content = without_appendix_word(header.content)
  end
  if label then
    header.classes:insert(name:match("^appendix%-") and "appendix" or "chapter")
    header.content:insert(1, pandoc.Span({pandoc.Str(label)}, {class = "chapter-number"}))
    header.content:insert(2, pandoc.Space())
  end
  return without_links(header)
end
