# Chapter 2 (the runner): a method's errors name it by its qualified name
class Account:
    def deposit(self, amount, *, note=""):
        return amount

Account().deposit()
