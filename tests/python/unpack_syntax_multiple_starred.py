# Chapter 2 (the runner): two starred targets at one level are a syntax error
a, *b, *c = [1, 2, 3]
