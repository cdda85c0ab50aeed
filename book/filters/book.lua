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
--   ```{minipy="name" options="--trace-gc"}```  what minipy prints for
--                              tests/python/name.py with those options
--   ![caption](minipy:name:N)  the heap at collection N of tests/python/name.py,
--                              drawn by `minipy --dot`
--   ![caption](figure:example) the heap picture `example --dot` draws
--   ![caption](figure:example:arg)            ... that `example --dot arg` draws
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
  local svg = run("dot", {"-Tsvg"}, dot)
  local path = "figures/" .. (kind == "minipy" and "minipy-" or "") .. name ..
               (arg ~= "" and "-" .. arg or "") .. ".svg"
  write_figure(path, svg)
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
