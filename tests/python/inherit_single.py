# Chapter 2 (the runner): single inheritance, a method overridden and one
# inherited, and super() reaching the base's __init__.
class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return self.name + " makes a sound"
    def describe(self):
        return "I am " + self.name
class Dog(Animal):
    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed
    def speak(self):
        return self.name + " barks"
d = Dog("Rex", "collie")
print(d.speak())
print(d.describe())
print(d.breed, d.name)
print(isinstance(d, Animal), isinstance(d, Dog), type(d) is Dog)
print(Dog.__bases__, Animal.__bases__)
