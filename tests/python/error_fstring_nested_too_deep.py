# Chapter 2 (the runner): fstring nested too deep
# The error CPython 3.11 raises here, with its message.
print(f"{1:{2:{3}}}")
