# Chapter 2 (the runner): the common str methods
# split and join, strip, find and count, replace, case and kind, padding:
# each returns a new str (or list), since strs are immutable.
print("hello".upper(), "HeLLo".lower(), "a,b,,c".split(","), " x  y ".split(), "a b c".split(None, 1))
print("a,b,c".split(",", 1), "".split(","), "".split(), "-".join(["a", "b"]))
print("  pad ".strip(), "xxhixx".strip("x"), "..a..".lstrip("."), "..a..".rstrip("."))
print("hé".find("é"), "abcabc".find("c", 3), "abc".find("z"), "abcabc".find("b", -3), "abc".find("", 10))
print("aaa".count("a"), "aaa".count(""), "abab".count("ab", 1), "abc".index("c"))
print("abab".replace("a", "x", 1), "abab".replace("ab", "-"), "ab".replace("", "."), "aaa".replace("a", ""))
print("-5".zfill(4), "42".zfill(5), "ab".center(5, "*"), "ab".center(6), "ab".ljust(4) + "|", "ab".rjust(4))
print("hello world".title(), "hELLO".capitalize(), "Ab".swapcase())
print("a1".isalnum(), "".isdigit(), "12".isdigit(), "ab".isalpha(), " \t".isspace(), "a b".isalpha())
print("log.txt".endswith(".txt"), "gc_collect".startswith("gc"), "ab".strip("ab"), "héhé".strip("h"))
words = "the quick brown fox".split()
print(len(words), words[-1].upper(), " ".join([w[::-1] for w in words]))
