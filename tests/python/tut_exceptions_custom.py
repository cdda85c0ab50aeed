# Chapter 2 (the runner): custom exceptions with a hierarchy, raise ...
# from, finally clauses, else, and the chain CPython keeps.
class AppError(Exception):
    pass


class ConfigError(AppError):
    def __init__(self, key, message="missing"):
        super().__init__(f"{key}: {message}")
        self.key = key


def load(config, key):
    try:
        return int(config[key])
    except KeyError as e:
        raise ConfigError(key) from e
    except ValueError:
        raise ConfigError(key, "not a number")
    finally:
        print("  looked up", key)


config = {"port": "80", "host": "x"}
for key in ["port", "user", "host"]:
    try:
        value = load(config, key)
    except ConfigError as e:
        print("error:", e, "| key:", e.key, "| cause:", repr(e.__cause__),
              "| context:", type(e.__context__).__name__)
    else:
        print("value:", value)
try:
    raise AppError("plain", 2)
except Exception as e:
    print(e.args, isinstance(e, AppError), str(e))
try:
    try:
        1 // 0
    finally:
        print("cleanup runs")
except ZeroDivisionError as e:
    print("caught", e)
print(issubclass(ConfigError, Exception), ConfigError.__mro__[-1].__name__)
