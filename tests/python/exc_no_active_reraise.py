# Chapter 2 (the runner): a bare raise with nothing being handled.
try:
    raise ValueError("handled")
except ValueError:
    pass
raise
