# Chapter 2 (the runner): a syntax error: await outside a function
# await is outside minipy's subset; at module level Python refuses it too.
print("never printed")
await x
