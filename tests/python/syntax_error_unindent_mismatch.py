# Chapter 2 (the runner): a syntax error: an unindent that matches no outer level
# The dedent goes to a column no enclosing block used; nothing is printed.
print("never printed")
if True:
        x = 1
    y = 2
