# Chapter 2 (the runner): a conditional expression needs its else
x = 1 if True
