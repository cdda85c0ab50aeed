# Chapter 2 (the runner): raising a class makes an instance with no args.
try:
    raise IndexError
except IndexError as e:
    print(repr(e), e.args, str(e) == "")
raise RuntimeError
