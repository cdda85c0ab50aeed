# Chapter 2 (the runner): a syntax error: two expressions on one line
# Two expressions side by side are no statement.
print("never printed")
x = 1 2
