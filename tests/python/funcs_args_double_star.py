# Chapter 2 (the runner): **kwargs collects the extra keyword arguments in a dict
def describe(name, **fields):
    print(name, fields)
    for key in fields:
        print(" ", key, "=", fields[key])

describe("point", x=1, y=2)
describe("empty")
options = {"color": "red", "size": 3}
describe("shape", **options)
describe(**{"name": "n", "extra": True})
describe("merged", **options, weight=7)
