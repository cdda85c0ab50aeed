/* format.h: formatting values as text: the format-spec mini-language that
 * f-strings, format() and str.format share, and printf-style `%`.
 * Chapter 2 (the runner).  CPython: Python/formatter_unicode.c,
 * Objects/stringlib/unicode_format.h (str.format) and
 * Objects/unicodeobject.c (PyUnicode_Format, for %). */
#ifndef MINIPY_FORMAT_H
#define MINIPY_FORMAT_H

#include "minipy.h"

/* The widest field minipy pads to: beyond it a MemoryError, not an
 * attempt to fill gigabytes (as ops.c bounds a repeated str). */
#define MAX_FIELD_WIDTH ((long)1 << 27)

/* format(value, spec): spec is a str; a new str, or NULL with the
 * exception CPython 3.11 raises for a bad spec. */
Object *format_object(Object *value, Object *spec);
/* ascii(op): repr with every non-ASCII character escaped (f-string !a). */
Object *ascii_of(Object *op);
/* fmt % args, where args is a tuple, a dict (for %(name)s), or one value. */
Object *percent_format(Object *fmt, Object *args);
/* fmt.format(*args): positional fields only, since minipy's calls pass no
 * keyword arguments to built-in methods. */
Object *str_format(Object *fmt, Object **args, size_t nargs);

/* The built-ins format() and ascii(). */
Object *builtin_format(Object *self, Object **args, size_t nargs);
Object *builtin_ascii(Object *self, Object **args, size_t nargs);

#endif
