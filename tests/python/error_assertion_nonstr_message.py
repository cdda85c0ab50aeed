# Chapter 2 (the runner): an AssertionError whose message is not a str
# The message may be any value, evaluated only when the test is false; the
# error shows its str(), here from the class's __str__.
class Reason:
    def __str__(self):
        return "because " + str([1, "a"])


assert [0], missing_name_never_evaluated
print("first passed")
assert [], Reason()
