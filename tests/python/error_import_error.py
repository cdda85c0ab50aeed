# Chapter 2 (the runner): an ImportError
# Importing a name that the gc module does not have.
from gc import collect
print(collect() >= 0)
from gc import no_such_name
