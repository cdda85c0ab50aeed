# Chapter 2 (the runner): a TypeError from calling the type of a built-in function
# builtin_function_or_method makes no new objects when called.
print(type(len))
type(len)()
