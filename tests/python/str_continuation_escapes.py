# Chapter 2 (the runner): line continuations, multi-line strings and escapes
# A backslash at the end of a line joins it to the next, in code and in a
# string; \u escapes of 3-byte characters; unknown escapes keep the backslash.
total = 1 + \
    2 + \
    3
print(total)
if total > 5 and \
        total < 10:
    print("joined condition")
s = "first \
second"
print(s, len(s))
text = """line one
line two
    indented line"""
print(text)
print(len(text), text.startswith("line one\nline two"))
single = '''it's "quoted"'''
print(single, repr(single))
print("\u20ac", len("\u20ac"), "\u2603\u00e9" == "☃é", repr("\u4e2d"))
print("\U0001F600" == "😀", len("\U0001F600"), "\x41\102\0", repr("\0"))
print(r"raw \n stays", R"\d", len(r"\n"), "\q", len("\d"))
print("tab\tand\\backslash", "\a\b\f\v" == "\x07\x08\x0c\x0b")
implicit = "one " 'two ' """three"""
print(implicit)
print(len("""
"""), repr("""a
b"""))
x = [
    1,
    2,  # a comment inside brackets
    3,
]
print(x, (
    "parenthesized"
))
# a backslash alone on a line joins it to the blank line after it
\

print("after a lone backslash")
