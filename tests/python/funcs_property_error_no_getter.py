# Chapter 2 (the runner): a property made without a getter
class A:
    x = property()

print(type(A.x).__name__)
A().x
