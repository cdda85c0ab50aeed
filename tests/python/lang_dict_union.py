# Chapter 2 (the runner): dict union, | and |=
# d | e is a new dict with e's pairs over d's (Python 3.9+); d |= e
# updates d in place, so every name for d sees the change.
defaults = {"threshold": 700, "debug": 0}
chosen = {"debug": 1, "verbose": True}
print(defaults | chosen, chosen | defaults, defaults)
alias = defaults
defaults |= {"threshold": 100}
print(alias, alias is defaults)
