# Chapter 2 (the runner): alternative constructors with classmethod, helpers
# with staticmethod
class Date:
    def __init__(self, year, month=1, day=1):
        self.year = year
        self.month = month
        self.day = day
    @classmethod
    def from_strings(cls, year, month, day):
        return cls(int(year), int(month), int(day))
    @staticmethod
    def is_leap(year):
        return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    def show(self):
        return str(self.year) + "/" + str(self.month) + "/" + str(self.day)

d = Date.from_strings("2024", "02", "29")
print(d.show(), Date.is_leap(d.year), d.is_leap(1900))
print(Date(2000).show(), Date(2000, day=5).show())
