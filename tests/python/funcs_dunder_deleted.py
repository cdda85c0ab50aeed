# Chapter 2 (the runner): a special method that deletes itself while it runs;
# the next call finds none
class A:
    def __len__(self):
        del A.__len__
        return 3
print(len(A()))
len(A())
