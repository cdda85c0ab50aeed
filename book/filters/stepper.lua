-- stepper.lua: a chapter's web page that holds a figure sequence (a div of
-- class "stepper", made by book.lua from `example --steps`) loads
-- stepper.js, which shows one step at a time.  The PDF and the EPUB do not
-- go through this filter: there, and in a browser without JavaScript, the
-- steps are a sequence of numbered figures.
function Pandoc(doc)
  local has_stepper = false
  doc.blocks:walk({
    Div = function(div)
      if div.classes:includes("stepper") then has_stepper = true end
    end,
  })
  if has_stepper then
    doc.blocks:insert(pandoc.RawBlock("html", '<script src="stepper.js"></script>'))
  end
  return doc
end
