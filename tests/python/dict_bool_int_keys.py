# Chapter 2 (the runner): True and 1, False and 0 are the same dict key
# Values that compare equal and hash alike are one key: the first key object
# stays, the last value wins.
d = {1: "one"}
d[True] = "true"
print(d, len(d))
print({True: "t"}[1], {0: "z"}[False], False in {0: 1})
print({1: "a", 1: "b", True: "c"})
e = {0: "zero"}
e.update({False: "false"})
print(e, e.get(False), e.pop(False), e)
