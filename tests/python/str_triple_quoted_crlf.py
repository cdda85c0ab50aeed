# Chapter 2 (the runner): a triple-quoted string across CRLF line endings
# Python reads source with universal newlines: the \r\n inside the string
# becomes "\n", so the string is "a\nb".
text = """a
b"""
print(len(text), text[1] == "\n", repr(text))
