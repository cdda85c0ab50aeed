# Chapter 2 (the runner): a syntax error: nonlocal at module level
print("never printed")
nonlocal x
