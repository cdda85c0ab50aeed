# Chapter 2 (the runner): repr of strings with quotes and escapes
# repr picks single quotes unless the string holds a single quote and no
# double quote; newlines, tabs, backslashes and control characters escape.
print(repr("plain"), repr(""))
print(repr("it's"), repr('say "hi"'), repr("both ' and \""))
print(repr("line\nbreak"), repr("tab\there"), repr("back\\slash"))
print(repr("\r\x00\x1f\x7f"))
print(["it's", "a\nb", 'q"'])
print({"k'": "v\\"})
print("it's", "a\tb")
print(len("a\nb"), len("\\"), len(""))
print(repr("café"), len("café"), "é" < "z", "ü" > "z")
