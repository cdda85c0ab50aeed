# Chapter 2 (the runner): a user exception class with extra attributes,
# caught by its own class, by a base class, and shown by str and repr.
class AppError(Exception):
    pass
class ConfigError(AppError):
    def __init__(self, key, problem):
        super().__init__(key + ": " + problem)
        self.key = key
for cls in (AppError, ConfigError):
    try:
        if cls is AppError:
            raise AppError("generic", 2)
        raise ConfigError("port", "not a number")
    except AppError as e:
        print(type(e).__name__, e, repr(e), e.args)
        print(isinstance(e, Exception), isinstance(e, BaseException))
e = ConfigError("host", "missing")
print(e.key, e.args, str(e))
print(ConfigError.__mro__)
