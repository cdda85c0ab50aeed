# Chapter 2 (the runner): a tutorial's bank account: inheritance, a
# property with a setter, a class attribute, and a formatted statement.
class Account:
    interest = 2

    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.history = []

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError("balance cannot be negative")
        self._balance = value

    def deposit(self, amount):
        self.balance += amount
        self.history.append(("deposit", amount))
        return self

    def withdraw(self, amount):
        self.balance -= amount
        self.history.append(("withdraw", amount))
        return self

    def __repr__(self):
        return f"{type(self).__name__}({self.owner!r}, {self.balance})"


class Savings(Account):
    interest = 5

    def add_interest(self):
        return self.deposit(self.balance * self.interest // 100)


acct = Savings("Ada", 1000)
acct.deposit(500).withdraw(200).add_interest()
print(acct)
try:
    acct.withdraw(10_000)
except ValueError as e:
    print("refused:", e)
print(f"{'kind':<10}|{'amount':>8}")
for kind, amount in acct.history:
    print(f"{kind:<10}|{amount:>8,}")
print(isinstance(acct, Account), Savings.__mro__[1].__name__, Account.interest, acct.interest)
