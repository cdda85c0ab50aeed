-- chapter-page.lua: on a chapter's web page the title stands above the
-- chapter's table of contents, so the template prints it (as chapter-title)
-- and the body drops it.
function Pandoc(doc)
  for i, block in ipairs(doc.blocks) do
    if block.t == "Header" and block.level == 1 then
      doc.meta["chapter-title"] = pandoc.MetaInlines(block.content)
      table.remove(doc.blocks, i)
      return doc
    end
  end
  return doc
end
