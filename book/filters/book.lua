-- book.lua: fills a chapter with what the code and CPython really do.
--
--   ```{snippet="name"}```     the definition of `name` from src/, or the
--                              region of that name (//> N name), with its
--                              file and lines ("file.c:name" if ambiguous)
--   ```{run="example"}```      what the stage's src/examples/example.c prints
--   ```{.python verify=true}   the Python code, then what python3 prints
--   ```{.python program="name"}```  tests/python/name.py, run by python3 and by
--                              build/bin/minipy: both must print the same
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
-- Snippets come from the code as of this chapter: BOOK_STAGE names the
-- stage's directory (book/tools/stage.py writes it), so a chapter shows the
-- code its reader has, and cannot show code from a later chapter.
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

local function read_lines(path)
  local lines = {}
  for line in io.lines(path) do
    lines[#lines + 1] = line
  end
  return lines
end

-- Where a definition that starts at line `first` really starts: include the
-- comment block right above it.
local function with_leading_comment(lines, first)
  local start = first
  if start > 1 and lines[start - 1]:match("%*/%s*$") then
    local i = start - 1
    while i >= 1 and not lines[i]:match("^%s*/%*") do
      i = i - 1
    end
    if i >= 1 then start = i end
  end
  return start
end

-- The names a line at column 0 begins to define, and the pattern of the line
-- that ends the definition.
local function definition_names(line)
  local tag = line:match("^typedef struct ([%w_]+) {")
  if tag then return {tag}, "^} [%w_]+;" end
  tag = line:match("^struct ([%w_]+) {")
  if tag then return {tag}, "^};" end
  local global = line:match("^[%a_][%w_ ]* ([%a_][%w_]*) = {")
  if global then return {global}, line:match("};%s*$") and "" or "^};" end
  if not line:match(";%s*$") and not line:match("^#") then
    local fn = line:match("^[%a_][%w_ %*]-[%s%*]([%a_][%w_]*)%(")
    if fn then return {fn}, "^}", true end
  end
  return nil
end

-- A function's signature is followed by its body, a prototype's by ";".
local function has_body(lines, i)
  for j = i, #lines do
    if lines[j] == "{" then return true end
    if lines[j]:match(";%s*$") then return false end
  end
  return false
end

-- Every definition in src/: name -> list of {file, first, last, lines}.
local definitions = nil

-- Whether lines first..last of path lie in a region already indexed under
-- `key`: a region named after the function it holds (code a later chapter
-- replaces, put back in this stage) is one snippet, not two.
local function in_region(key, path, first, last)
  for _, d in ipairs(definitions[key] or {}) do
    if d.file == path and d.first <= first and last <= d.last then return true end
  end
  return false
end

local function index_file(path)
  local lines = read_lines(STAGE .. "/" .. path)
  local i = 1
  while i <= #lines do
    local names, closing, is_function = definition_names(lines[i])
    if names and (not is_function or has_body(lines, i)) then
      local last = i
      while last <= #lines and not lines[last]:match(closing) do
        last = last + 1
      end
      if last > #lines then fail(path .. ":" .. i .. ": definition never ends") end
      local start = with_leading_comment(lines, i)
      local base = path:match("[^/]+$")
      for _, name in ipairs(names) do
        for _, key in ipairs({name, base .. ":" .. name}) do
          if not in_region(key, path, start, last) then
            definitions[key] = definitions[key] or {}
            table.insert(definitions[key], {file = path, first = start, last = last, lines = lines})
          end
        end
      end
      i = last
    end
    i = i + 1
  end
end

-- The named regions the stage tool kept (book/tools/stage.py).
local function index_regions()
  local file = io.open(STAGE .. "/regions.tsv")
  if not file then return end
  for line in file:lines() do
    local name, path, first, last = line:match("^(%S+)\t(%S+)\t(%d+)\t(%d+)$")
    local lines = read_lines(STAGE .. "/" .. path)
    local entry = {file = path, first = tonumber(first), last = tonumber(last), lines = lines}
    for _, key in ipairs({name, path:match("[^/]+$") .. ":" .. name}) do
      definitions[key] = definitions[key] or {}
      table.insert(definitions[key], entry)
    end
  end
  file:close()
end

local function index_sources()
  definitions = {}
  index_regions()
  local find = io.popen("cd " .. STAGE .. " && find src -name '*.[ch]' | sort")
  for path in find:lines() do
    index_file(path)
  end
  find:close()
end

local function snippet(name)
  if not definitions then index_sources() end
  local found = definitions[name]
  if not found then fail("unknown snippet '" .. name .. "'") end
  if #found > 1 then
    fail("snippet '" .. name .. "' is defined in " .. found[1].file .. " and " ..
         found[2].file .. "; write file.c:" .. name)
  end
  local d = found[1]
  local text = table.concat(d.lines, "\n", d.first, d.last)
  local where = string.format("%s, lines %d–%d", d.file, d.first, d.last)
  return pandoc.Div({
    pandoc.Para({pandoc.Span({pandoc.Str(where)}, {class = "listing-source"})}),
    pandoc.CodeBlock(text, {class = "c"}),
  }, {class = "listing"})
end

local function run(program, args, input)
  local ok, output = pcall(pandoc.pipe, program, args, input or "")
  if not ok then fail("running " .. program .. " failed: " .. tostring(output)) end
  return output
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

local function both_print(name)
  local path = PROGRAMS .. name .. ".py"
  local text = program_text(name)
  local theirs = run("python3", {path})
  local ours = run(MINIPY, {path})
  if ours ~= theirs then
    fail("minipy and python3 disagree on " .. path .. ":\npython3:\n" .. theirs ..
         "\nminipy:\n" .. ours)
  end
  if not python_version then
    python_version = run("python3", {"-c", "import platform; print(platform.python_version(), end='')"})
  end
  return pandoc.Div({
    pandoc.Para({pandoc.Span({pandoc.Str("tests/python/" .. name .. ".py")},
                             {class = "listing-source"})}),
    pandoc.CodeBlock(text, {class = "python"}),
    pandoc.Para({pandoc.Span({pandoc.Str("CPython " .. python_version .. " and minipy both print:")},
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

-- A chapter's title is marked for the PDF, which numbers chapters 1 on
-- (book/print.css), the way the prose refers to them.  An appendix's title
-- says so to an EPUB reader: pandoc puts a chapter whose heading has
-- epub:type "appendix" in the back matter, not the body.
function Header(header)
  if header.level ~= 1 then return nil end
  local name = input_name()
  local number = tonumber(name:match("^(%d+)%-"))
  if number and number > 0 then
    header.classes:insert("chapter")
  elseif name:match("^appendix%-") then
    header.attributes["epub:type"] = "appendix"
  end
  return header
end
