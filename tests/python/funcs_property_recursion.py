# Chapter 2 (the runner): a property whose getter reads the property
class A:
    @property
    def x(self):
        return self.x
A().x
