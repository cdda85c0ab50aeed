# Chapter 2 (the runner): instances have no __dict__ (a deliberate difference)
# minipy keeps an instance's attributes in a table of its own, not in a dict
# object: hasattr(obj, "__dict__") is False (True in CPython), recorded in
# lang_no_instance_dict.expected; everything else agrees.
class Thing:
    pass


t = Thing()
t.a = 1
print(hasattr(t, "a"), hasattr(t, "__dict__"), getattr(t, "__dict__", "no dict") == {"a": 1})
