# Chapter 2 (the runner): missing arguments name every parameter that lacks one
def area(width, height, depth):
    return width * height * depth

print(area(1, 2, 3))
area(1)
