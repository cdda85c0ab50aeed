-- chapter-page.lua: a chapter's web page.  The title stands above the
-- chapter's table of contents, so the template prints it (as chapter-title,
-- with chapter-kind, "chapter" or "appendix", for its label) and the body
-- drops it.  A cross-reference to a chapter's heading (#chapter-3,
-- #appendix-costs, as book.lua makes them) points at that chapter's page.

-- The page of each chapter heading's id.
local function chapter_pages()
  local pages = {}
  local list = io.popen("ls chapters")
  for name in list:lines() do
    local number = name:match("^(%d%d)%-.*%.md$")
    local page = name:gsub("%.md$", ".html")
    if number then
      local n = tonumber(number)
      pages[n == 0 and "introduction" or "chapter-" .. n] = page
    elseif name:match("^appendix%-.*%.md$") then
      pages[name:gsub("%.md$", "")] = page
    end
  end
  list:close()
  return pages
end

local pages = chapter_pages()

function Link(link)
  local page = pages[link.target:match("^#(.*)$") or ""]
  if page then
    link.target = page
    return link
  end
  return nil
end

function Pandoc(doc)
  for i, block in ipairs(doc.blocks) do
    if block.t == "Header" and block.level == 1 then
      doc.meta["chapter-title"] = pandoc.MetaInlines(block.content)
      if block.classes:includes("chapter") or block.classes:includes("appendix") then
        doc.meta["chapter-kind"] = block.classes:includes("chapter") and "chapter" or "appendix"
      end
      table.remove(doc.blocks, i)
      return doc
    end
  end
  return doc
end

-- A table scrolls inside a box of its own when it is wider than the page.
function Table(table)
  return pandoc.Div({table}, {class = "table-scroll"})
end
