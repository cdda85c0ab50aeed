# Chapter 2 (the runner): a starred target alone is a syntax error
*a = [1, 2]
