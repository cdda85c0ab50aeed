# Chapter 2 (the runner): a keyword print does not take
print("a", colour="red")
