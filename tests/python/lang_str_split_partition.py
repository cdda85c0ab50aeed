# Chapter 2 (the runner): str.rsplit, partition, rpartition, splitlines,
# rfind, rindex, removeprefix, removesuffix, isupper, islower; startswith
# and endswith with a tuple
for s in ["a,b,c", "a,,b,", ",", "", "a b  c ", "  lead"]:
    print(s.rsplit(",", 1), s.rsplit(","), s.rsplit(), s.rsplit(None, 1), s.rsplit(maxsplit=1), s.rsplit(",", 0))
    print(s.partition(","), s.rpartition(","), s.rfind(","), s.rfind(""), s.find(""))
print("a\nb\r\nc\rd\x0be\x0cf\x1cg\u2028h\n".splitlines(), "x\n\ny\n".splitlines(True), "".splitlines(), "\n".splitlines())
print("abc".removeprefix("ab"), "abc".removesuffix("bc"), "abc".removeprefix("x"), "ABC".isupper(), "Abc".isupper(), "abc1".islower(), "123".islower())
print("hello".rindex("l"), "hello".rfind("l", 0, 3), "hello".rfind("z"))
try:
    "abc".rindex("z")
except ValueError as e:
    print(e)
for bad in [lambda: "a".partition(""), lambda: "a".partition(1), lambda: "a".rsplit(""), lambda: "a".removeprefix(1)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
f = "report.py"
print(f.endswith((".py", ".txt")), f.startswith(("x", "re")), f.endswith(()), "a".startswith(("b",)))
try:
    f.endswith((".py", 3))
except TypeError as e:
    print(e)
try:
    f.endswith((3, ".py"))
except TypeError as e:
    print(e)
