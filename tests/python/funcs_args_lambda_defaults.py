# Chapter 2 (the runner): lambdas take defaults and keyword arguments too
scale = lambda x, factor=2: x * factor
print(scale(3), scale(3, 10), scale(x=4), scale(factor=0, x=9))
adders = []
for i in range(3):
    adders.append(lambda x, i=i: x + i)
for add in adders:
    print(add(10))
