/* format.c: the format-spec mini-language, [[fill]align][sign][z][#][0]
 * [width][grouping][.precision][type], for ints, bools and strs, and
 * format() and ascii().  Chapter 2 (the runner).
 * CPython: Python/formatter_unicode.c.
 *
 * Widths and precisions count characters (code points), not the UTF-8
 * bytes our strs hold.  minipy has no floats: the float presentation
 * types (e f g %) format an int as CPython does, through a double. */
#include "format.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "call.h"
#include "debug.h"
#include "dict.h"
#include "error.h"
#include "instance.h"
#include "int.h"
#include "lexer.h"
#include "ops.h"
#include "str.h"
#include "utf8.h"

/* The most digits a width or precision may have, as CPython's limit that
 * they fit a Py_ssize_t. */
#define MAX_SPEC_DIGITS 18
/* Where C's default float precision and CPython's agree. */
#define DEFAULT_PRECISION 6
/* Digits between separators: 3 for decimal, 4 for binary, octal, hex. */
#define DECIMAL_GROUP 3
#define POWER_OF_TWO_GROUP 4
#define PERCENT 100

typedef struct Spec {
    char fill[5];       /* one character in UTF-8, NUL-terminated */
    bool fill_given;
    char align;         /* '<', '>', '^', '=', or 0: the type's default */
    char sign;          /* '+', '-', ' ', or 0 */
    bool no_neg_zero;   /* z */
    bool alternate;     /* # */
    long width;         /* -1: none */
    char grouping;      /* ',', '_', or 0 */
    long precision;     /* -1: none */
    char type;          /* 0: none */
} Spec;

static bool is_align(char c)
{
    return c == '<' || c == '>' || c == '^' || c == '=';
}

/* Digits at *p into *out; false (with ValueError) if there are too many. */
static bool spec_number(const char **p, const char *end, long *out)
{
    long value = 0;
    int digits = 0;
    for (; *p < end && **p >= '0' && **p <= '9'; (*p)++, digits++) {
        if (digits == MAX_SPEC_DIGITS) {
            raise("ValueError", "Too many decimal digits in format string");
            return false;
        }
        value = value * 10 + (**p - '0');
    }
    *out = digits ? value : -1;
    return true;
}

static bool grouping_error(char first, char second)
{
    if (first != second)
        raise("ValueError", "Cannot specify both ',' and '_'.");
    else
        raise("ValueError", "Cannot specify '%c' with '%c'.", first, second);
    return false;
}

/* Parse a spec, as CPython's parse_internal_render_format_spec. */
static bool parse_spec(Object *text, Spec *spec, const Object *value)
{
    const char *p = str_chars(text), *end = p + str_length(text);
    *spec = (Spec){.fill = " ", .width = -1, .precision = -1};
    size_t first = p < end ? utf8_char_bytes(*p) : 0;
    if (p + first < end && is_align(p[first])) {
        memcpy(spec->fill, p, first);
        spec->fill[first] = '\0';
        spec->fill_given = true;
        spec->align = p[first];
        p += first + 1;
    } else if (p < end && is_align(*p)) {
        spec->align = *p++;
    }
    if (p < end && (*p == '+' || *p == '-' || *p == ' '))
        spec->sign = *p++;
    if (p < end && *p == 'z') {
        spec->no_neg_zero = true;
        p++;
    }
    if (p < end && *p == '#') {
        spec->alternate = true;
        p++;
    }
    if (p < end && *p == '0' && !spec->fill_given) {
        strcpy(spec->fill, "0");
        spec->fill_given = true;
        if (spec->align == 0 && value->type != &StrType)
            spec->align = '=';
        p++;
    }
    if (!spec_number(&p, end, &spec->width))
        return false;
    if (spec->width > MAX_FIELD_WIDTH) {
        raise("MemoryError", "minipy pads no field wider than %ld characters", MAX_FIELD_WIDTH);
        return false;
    }
    if (p < end && (*p == ',' || *p == '_'))
        spec->grouping = *p++;
    if (p < end && (*p == ',' || *p == '_'))
        return grouping_error(spec->grouping, *p);
    if (p < end && *p == '.') {
        p++;
        if (!spec_number(&p, end, &spec->precision))
            return false;
        if (spec->precision > MAX_FIELD_WIDTH) {
            raise("MemoryError", "minipy pads no field wider than %ld characters",
                  MAX_FIELD_WIDTH);
            return false;
        }
        if (spec->precision < 0) {
            raise("ValueError", "Format specifier missing precision");
            return false;
        }
    }
    if (end - p > 1) {
        raise("ValueError", "Invalid format specifier '%s' for object of type '%s'",
              str_chars(text), type_name(value));
        return false;
    }
    if (p < end)
        spec->type = *p;
    return true;
}

/* Cannot specify ',' with 'x': a grouping the type does not take. */
static bool check_grouping(const Spec *spec)
{
    if (spec->grouping == 0)
        return true;
    const char *takes = spec->grouping == ',' ? "deEfFgG%" : "deEfFgG%boxX";
    if (spec->type == 0 || strchr(takes, spec->type) != NULL)
        return true;
    raise("ValueError", "Cannot specify '%c' with '%c'.", spec->grouping, spec->type);
    return false;
}

/* Add `count` copies of the fill character. */
static void add_fill(Buf *b, const Spec *spec, long count)
{
    buf_repeat(b, spec->fill, strlen(spec->fill), (size_t)count);
}

/* Lay out prefix (sign, base prefix) and body (count characters in all)
 * in the spec's width and alignment. */
static Object *pad(const Spec *spec, char default_align, const char *prefix, const char *body,
                   size_t body_bytes)
{
    long chars = (long)strlen(prefix) + (long)utf8_count(body, body_bytes);
    long room = spec->width > chars ? spec->width - chars : 0;
    char align = spec->align ? spec->align : default_align;
    long before = align == '>' ? room : align == '^' ? room / 2 : 0;
    long after = align == '<' ? room : align == '^' ? room - room / 2 : 0;
    Buf b = {0};
    add_fill(&b, spec, before);
    buf_add(&b, prefix, strlen(prefix));
    if (align == '=')
        add_fill(&b, spec, room);
    buf_add(&b, body, body_bytes);
    add_fill(&b, spec, after);
    return buf_finish(&b);
}

/* --- str ------------------------------------------------------------- */

static Object *format_str(Object *s, const Spec *spec)
{
    if (spec->type != 0 && spec->type != 's')
        return raise("ValueError", "Unknown format code '%c' for object of type 'str'",
                     spec->type);
    if (spec->sign)
        return raise("ValueError", "Sign not allowed in string format specifier");
    if (spec->no_neg_zero)
        return raise("ValueError",
                     "Negative zero coercion (z) not allowed in string format specifier");
    if (spec->alternate)
        return raise("ValueError", "Alternate form (#) not allowed in string format specifier");
    if (spec->align == '=')
        return raise("ValueError", "'=' alignment not allowed in string format specifier");
    if (spec->grouping)
        return raise("ValueError", "Cannot specify '%c' with 's'.", spec->grouping);
    const char *chars = str_chars(s);
    size_t bytes = str_length(s);
    if (spec->precision >= 0) { /* keep the first `precision` characters */
        size_t kept = 0;
        for (long n = 0; kept < bytes && n < spec->precision; n++)
            kept += utf8_char_bytes(chars[kept]);
        bytes = kept;
    }
    return pad(spec, '<', "", chars, bytes);
}

/* --- int ------------------------------------------------------------- */

/* The digits of magnitude in base, separated every `group` digits by
 * `separator` (0: none), at least `min_digits` long (zero padding that
 * takes separators too, as CPython pads). */
static void add_digits(Buf *b, unsigned long magnitude, int base, bool upper, char separator,
                       int group, long min_width)
{
    const char *digit_chars = upper ? "0123456789ABCDEF" : "0123456789abcdef";
    char digits[CHAR_BIT * sizeof magnitude + 1];
    int n = 0;
    do {
        digits[n++] = digit_chars[magnitude % (unsigned long)base];
        magnitude /= (unsigned long)base;
    } while (magnitude > 0);
    /* reversed, with separators, counting the width as it grows */
    char *out = malloc(2 * sizeof digits + (size_t)min_width + 2);
    if (out == NULL)
        fatal_out_of_memory("formatting a number");
    long used = 0;
    for (int i = 0; i < n || used < min_width; i++) {
        if (separator && i > 0 && i % group == 0) {
            out[used++] = separator;
            if (i >= n && used >= min_width) { /* a separator never leads */
                out[used++] = '0';
                break;
            }
        }
        out[used++] = i < n ? digits[i] : '0';
    }
    for (long i = used; i-- > 0;)
        buf_add(b, &out[i], 1);
    free(out);
}

static const char *sign_of(bool negative, char sign)
{
    return negative ? "-" : sign == '+' ? "+" : sign == ' ' ? " " : "";
}

/* e, E, f, F, g, G, %: the int as a double, as CPython converts it. */
static Object *format_int_as_float(long value, const Spec *spec)
{
    double x = (double)value;
    char type = spec->type;
    long precision = spec->precision >= 0 ? spec->precision : DEFAULT_PRECISION;
    if (type == '%')
        x *= PERCENT;
    bool negative = x < 0;
    char conversion = type == '%' ? 'f' : type;
    char format[16];
    snprintf(format, sizeof format, "%%%s.*%c", spec->alternate ? "#" : "", conversion);
    int n = snprintf(NULL, 0, format, (int)precision, negative ? -x : x);
    char *text = malloc((size_t)n + 2);
    if (text == NULL)
        fatal_out_of_memory("formatting a number");
    snprintf(text, (size_t)n + 1, format, (int)precision, negative ? -x : x);
    if (type == '%')
        strcat(text, "%");
    Buf body = {0};
    size_t integer = strspn(text, "0123456789");
    if (spec->grouping && integer > 0) {
        unsigned long whole = strtoul(text, NULL, 10);
        add_digits(&body, whole, 10, false, spec->grouping, DECIMAL_GROUP, 0);
        buf_add(&body, text + integer, strlen(text + integer));
    } else {
        buf_add(&body, text, strlen(text));
    }
    free(text);
    Object *result = pad(spec, '>', sign_of(negative, spec->sign), body.chars, body.length);
    buf_drop(&body);
    return result;
}

static Object *format_int(long value, const Spec *spec)
{
    char type = spec->type ? spec->type : 'd';
    if (strchr("eEfFgG%", type) != NULL)
        return format_int_as_float(value, spec);
    if (strchr("bcdoxXn", type) == NULL)
        return raise("ValueError", "Unknown format code '%c' for object of type 'int'", type);
    if (spec->precision >= 0)
        return raise("ValueError", "Precision not allowed in integer format specifier");
    if (spec->no_neg_zero)
        return raise("ValueError",
                     "Negative zero coercion (z) not allowed in integer format specifier");
    if (type == 'c') {
        if (spec->sign)
            return raise("ValueError", "Sign not allowed with integer format specifier 'c'");
        if (spec->alternate)
            return raise("ValueError",
                         "Alternate form (#) not allowed with integer format specifier 'c'");
        if (value < 0 || value > 0x10FFFF)
            return raise("OverflowError", "%%c arg not in range(0x110000)");
        char code[4];
        return pad(spec, '<', "", code, utf8_encode((unsigned long)value, code));
    }
    int base = type == 'b' ? 2 : type == 'o' ? 8 : (type == 'x' || type == 'X') ? 16 : 10;
    bool negative = value < 0;
    unsigned long magnitude = negative ? 0 - (unsigned long)value : (unsigned long)value;
    char prefix[8];
    snprintf(prefix, sizeof prefix, "%s%s", sign_of(negative, spec->sign),
             !spec->alternate || base == 10 ? "" : base == 2 ? "0b" : base == 8 ? "0o"
                                                 : type == 'X' ? "0X" : "0x");
    /* zero padding with separators grows the digits themselves */
    bool zero_grouped = spec->grouping && spec->align == '=' && strcmp(spec->fill, "0") == 0;
    long min_width = zero_grouped ? spec->width - (long)strlen(prefix) : 0;
    Buf digits = {0};
    add_digits(&digits, magnitude, base, type == 'X', spec->grouping,
               base == 10 ? DECIMAL_GROUP : POWER_OF_TWO_GROUP, min_width);
    Object *result = pad(spec, '>', prefix, digits.chars, digits.length);
    buf_drop(&digits);
    return result;
}

/* --- any object ------------------------------------------------------ */

/* A user class's __format__(spec), which must return a str. */
static Object *call_user_format(Object *value, Object *function, Object *spec)
{
    Object *args[] = {newref(value), newref(spec)};
    Object *result = call_object(function, args, 2);
    if (result != NULL && result->type != &StrType) {
        raise("TypeError", "__format__ must return a str, not %s", type_name(result));
        decref(result);
        return NULL;
    }
    return result;
}

Object *format_object(Object *value, Object *spec)
{
    Object *user = special_method(value, "__format__");
    if (user != NULL)
        return call_user_format(value, user, spec);
    bool is_str = value->type == &StrType, is_number = is_int(value);
    if (str_length(spec) == 0 || (!is_str && !is_number)) {
        if (str_length(spec) > 0)
            return raise("TypeError", "unsupported format string passed to %s.__format__",
                         type_name(value));
        return str_of(value);
    }
    Spec parsed;
    if (!parse_spec(spec, &parsed, value) || !check_grouping(&parsed))
        return NULL;
    return is_str ? format_str(value, &parsed) : format_int(as_long(value), &parsed);
}

Object *builtin_format(Object *self, Object **args, size_t nargs)
{
    (void)self;
    if (nargs > 1 && args[1]->type != &StrType)
        return raise("TypeError", "format() argument 2 must be str, not %s", type_name(args[1]));
    Object *empty = nargs > 1 ? NULL : str_new("");
    Object *result = format_object(args[0], nargs > 1 ? args[1] : empty);
    xdecref(empty);
    return result;
}

/* --- ascii ----------------------------------------------------------- */

Object *ascii_of(Object *op)
{
    Object *r = repr_of(op);
    if (r == NULL)
        return NULL;
    const char *p = str_chars(r), *end = p + str_length(r);
    Buf b = {0};
    while (p < end) {
        size_t bytes = utf8_char_bytes(*p);
        unsigned long c = utf8_code_point((const unsigned char *)p, bytes);
        if (c < 0x80)
            buf_add(&b, p, 1);
        else if (c < 0x100)
            buf_printf(&b, "\\x%02lx", c);
        else if (c < 0x10000)
            buf_printf(&b, "\\u%04lx", c);
        else
            buf_printf(&b, "\\U%08lx", c);
        p += bytes;
    }
    decref(r);
    return buf_finish(&b);
}

Object *builtin_ascii(Object *self, Object **args, size_t nargs)
{
    (void)self, (void)nargs;
    return ascii_of(args[0]);
}

/* --- str.format ------------------------------------------------------ */

/* How a format string numbers its fields: {} counts, {1} names. */
typedef struct Numbering {
    long next;     /* the next automatic index */
    int mode;      /* 0: not yet known, 'a' automatic, 'm' manual */
} Numbering;

/* The argument a field names, then its .attribute and [index] parts: a new
 * reference, or NULL with an exception set. */
static Object *field_value(const char *name, const char *end, Object **args, size_t nargs,
                          Numbering *numbering)
{
    const char *p = name;
    long index = 0;
    bool digits = p < end && *p >= '0' && *p <= '9';
    for (; p < end && *p >= '0' && *p <= '9'; p++)
        index = index * 10 + (*p - '0');
    if (!digits && p < end && *p != '.' && *p != '[') {
        const char *word = p;
        while (p < end && *p != '.' && *p != '[')
            p++;
        Object *key = str_from_bytes(word, (size_t)(p - word));
        raise_key_error(key); /* minipy passes no keyword arguments to str.format */
        decref(key);
        return NULL;
    }
    int mode = digits ? 'm' : 'a';
    if (numbering->mode != 0 && numbering->mode != mode)
        return raise("ValueError", mode == 'm'
                     ? "cannot switch from automatic field numbering to manual field specification"
                     : "cannot switch from manual field specification to automatic field numbering");
    numbering->mode = mode;
    if (!digits)
        index = numbering->next++;
    if (index >= (long)nargs)
        return raise("IndexError", "Replacement index %ld out of range for positional args tuple",
                     index);
    Object *value = newref(args[index]);
    while (value != NULL && p < end) {
        const char *part = ++p;
        char close = part[-1] == '[' ? ']' : 0;
        while (p < end && (close ? *p != close : (*p != '.' && *p != '[')))
            p++;
        Object *key = str_from_bytes(part, (size_t)(p - part));
        Object *next;
        if (close) {
            if (p >= end) {
                decref(key);
                decref(value);
                return raise("ValueError", "expected '}' before end of string");
            }
            p++;
            bool numeric = str_length(key) > 0 && strspn(str_chars(key), "0123456789") ==
                                                      str_length(key);
            Object *item = numeric ? int_new(strtol(str_chars(key), NULL, 10)) : newref(key);
            next = get_item(value, item);
            decref(item);
        } else {
            next = get_attr(value, key);
        }
        decref(key);
        decref(value);
        value = next;
    }
    return value;
}

/* Where the field that starts after '{' at s ends (its '}'), counting the
 * braces of a nested spec; NULL if the string ends first. */
static const char *field_end(const char *s, const char *end)
{
    int depth = 1;
    for (; s < end; s++) {
        depth += *s == '{' ? 1 : *s == '}' ? -1 : 0;
        if (depth == 0)
            return s;
    }
    return NULL;
}

static Object *format_field(const char *s, const char *end, Object **args, size_t nargs,
                            Numbering *numbering, int nesting);

/* Expand the replacement fields of text[0..n) into a new str. */
static Object *expand(const char *s, const char *end, Object **args, size_t nargs,
                      Numbering *numbering, int nesting)
{
    Buf b = {0};
    while (s < end) {
        if ((*s == '{' || *s == '}') && s + 1 < end && s[1] == *s) {
            buf_add(&b, s, 1);
            s += 2;
            continue;
        }
        if (*s == '}')
            return buf_drop(&b), raise("ValueError", "Single '}' encountered in format string");
        if (*s != '{') {
            buf_add(&b, s++, 1);
            continue;
        }
        const char *close = field_end(s + 1, end);
        if (close == NULL)
            return buf_drop(&b), raise("ValueError", s + 1 == end
                                       ? "Single '{' encountered in format string"
                                       : "expected '}' before end of string");
        Object *piece = format_field(s + 1, close, args, nargs, numbering, nesting);
        if (piece == NULL)
            return buf_drop(&b);
        buf_add(&b, str_chars(piece), str_length(piece));
        decref(piece);
        s = close + 1;
    }
    return buf_finish(&b);
}

/* name!conversion:spec, without its braces. */
static Object *format_field(const char *s, const char *end, Object **args, size_t nargs,
                            Numbering *numbering, int nesting)
{
    if (nesting > 1)
        return raise("ValueError", "Max string recursion exceeded");
    const char *name_end = s;
    while (name_end < end && *name_end != '!' && *name_end != ':')
        name_end++;
    char conversion = 0;
    const char *spec = name_end;
    if (spec < end && *spec == '!') {
        if (spec + 1 >= end)
            return raise("ValueError", "end of string while looking for conversion specifier");
        conversion = spec[1];
        spec += 2;
        if (spec < end && *spec != ':')
            return raise("ValueError", "expected ':' after conversion specifier");
    }
    if (spec < end)
        spec++; /* the ':' */
    Object *value = field_value(s, name_end, args, nargs, numbering);
    if (value == NULL)
        return NULL;
    Object *converted = conversion == 0 ? newref(value)
                        : conversion == 'r' ? repr_of(value)
                        : conversion == 's' ? str_of(value)
                        : conversion == 'a' ? ascii_of(value)
                        : raise("ValueError", "Unknown conversion specifier %c", conversion);
    decref(value);
    Object *spec_text = converted ? expand(spec, end, args, nargs, numbering, nesting + 1) : NULL;
    Object *result = spec_text ? format_object(converted, spec_text) : NULL;
    xdecref(converted);
    xdecref(spec_text);
    return result;
}

Object *str_format(Object *fmt, Object **args, size_t nargs)
{
    Numbering numbering = {0};
    const char *s = str_chars(fmt);
    return expand(s, s + str_length(fmt), args, nargs, &numbering, 0);
}

/* --- % --------------------------------------------------------------- */

/* The arguments of a % format: the next one, or NULL with TypeError. */
typedef struct PercentArgs {
    Object **items;
    size_t count, next;
    Object *mapping;   /* the dict for %(name)s, or NULL */
} PercentArgs;

static Object *newref_or_null(Object *op)
{
    return op ? newref(op) : NULL;
}

static Object *next_arg(PercentArgs *a)
{
    if (a->next >= a->count)
        return raise("TypeError", "not enough arguments for format string");
    return a->items[a->next++];
}

/* A '*' width or precision: the next argument, an int. */
static bool star_arg(PercentArgs *a, long *out)
{
    Object *arg = next_arg(a);
    if (arg == NULL)
        return false;
    if (!is_int(arg)) {
        raise("TypeError", "* wants int");
        return false;
    }
    *out = as_long(arg);
    return true;
}

/* One conversion: the value formatted by the spec the flags make. */
static Object *percent_one(char conversion, Object *value, Spec *spec, size_t index)
{
    switch (conversion) {
    case 'd': case 'i': case 'u': case 'x': case 'X': case 'o':
        if (!is_int(value))
            return raise("TypeError", "%%%c format: %s is required, not %s", conversion,
                         strchr("xXo", conversion) ? "an integer" : "a real number",
                         type_name(value));
        spec->type = conversion == 'i' || conversion == 'u' ? 'd' : conversion;
        spec->precision = -1;
        return format_int(as_long(value), spec);
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
        if (!is_int(value))
            return raise("TypeError", "must be real number, not %s", type_name(value));
        spec->type = conversion;
        return format_int_as_float(as_long(value), spec);
    case 'c':
        if (value->type == &StrType && utf8_count(str_chars(value), str_length(value)) == 1)
            return format_str(value, spec);
        if (!is_int(value))
            return raise("TypeError", "%%c requires int or char");
        spec->type = 'c';
        return format_int(as_long(value), spec);
    case 's': case 'r': case 'a': {
        Object *text = conversion == 's' ? str_of(value)
                       : conversion == 'r' ? repr_of(value) : ascii_of(value);
        if (text == NULL)
            return NULL;
        strcpy(spec->fill, " ");  /* '0' pads only numbers */
        if (spec->align == '=')
            spec->align = '>';
        spec->sign = 0;
        spec->alternate = false;
        Object *result = format_str(text, spec);
        decref(text);
        return result;
    }
    default:
        return raise("ValueError", "unsupported format character '%c' (0x%x) at index %zu",
                     conversion, (unsigned char)conversion, index);
    }
}

/* The value a conversion formats: %(key) from the mapping, else the next. */
static Object *percent_value(PercentArgs *a, const char **p, const char *end)
{
    if (**p != '(')
        return newref_or_null(next_arg(a));
    if (a->mapping == NULL)
        return raise("TypeError", "format requires a mapping");
    const char *key_start = ++*p;
    int depth = 1;
    for (; *p < end; (*p)++) {
        depth += **p == '(' ? 1 : **p == ')' ? -1 : 0;
        if (depth == 0)
            break;
    }
    if (*p >= end)
        return raise("ValueError", "incomplete format key");
    Object *key = str_from_bytes(key_start, (size_t)(*p - key_start));
    (*p)++;
    Object *value = get_item(a->mapping, key);
    decref(key);
    return value;
}

/* Flags, width and precision of one conversion, after its '%' (and key). */
static bool percent_spec(PercentArgs *a, const char **p, const char *end, Spec *spec)
{
    *spec = (Spec){.fill = " ", .width = -1, .precision = -1};
    bool zero = false;
    for (; *p < end && strchr("-+ #0", **p) != NULL; (*p)++) {
        switch (**p) {
        case '-': spec->align = '<'; break;
        case '+': spec->sign = '+'; break;
        case ' ': spec->sign = spec->sign ? spec->sign : ' '; break;
        case '#': spec->alternate = true; break;
        default: zero = true; break;
        }
    }
    if (*p < end && **p == '*') {
        (*p)++;
        if (!star_arg(a, &spec->width))
            return false;
        if (spec->width < 0) {
            spec->align = '<';
            spec->width = -spec->width;
        }
    } else if (!spec_number(p, end, &spec->width)) {
        return false;
    }
    if (*p < end && **p == '.') {
        (*p)++;
        if (*p < end && **p == '*') {
            (*p)++;
            if (!star_arg(a, &spec->precision))
                return false;
        } else if (!spec_number(p, end, &spec->precision)) {
            return false;
        }
        if (spec->precision < 0)
            spec->precision = 0;
    }
    if (spec->width > MAX_FIELD_WIDTH || spec->precision > MAX_FIELD_WIDTH) {
        raise("MemoryError", "minipy pads no field wider than %ld characters", MAX_FIELD_WIDTH);
        return false;
    }
    while (*p < end && (**p == 'h' || **p == 'l' || **p == 'L'))
        (*p)++;
    if (zero && spec->align != '<') {
        strcpy(spec->fill, "0");
        spec->align = '=';
    }
    if (spec->align == 0) /* % right-aligns text too */
        spec->align = '>';
    return true;
}

Object *percent_format(Object *fmt, Object *args)
{
    PercentArgs a = {.items = &args, .count = 1};
    if (args->type == &TupleType) {
        a.items = ((Tuple *)args)->items;
        a.count = ((Tuple *)args)->ob.size;
    }
    if (args->type == &DictType)
        a.mapping = args;
    Object *held = newref(args); /* a __str__ may drop the program's reference */
    const char *start = str_chars(fmt), *s = start, *end = s + str_length(fmt);
    Buf b = {0};
    while (s < end) {
        if (*s != '%') {
            buf_add(&b, s++, 1);
            continue;
        }
        if (++s < end && *s == '%') {
            buf_add(&b, s++, 1);
            continue;
        }
        Object *value = NULL;
        if (s < end && *s == '(' && (value = percent_value(&a, &s, end)) == NULL)
            break;
        Spec spec;
        if (!percent_spec(&a, &s, end, &spec)) {
            xdecref(value);
            break;
        }
        if (s >= end) {
            xdecref(value);
            raise("ValueError", "incomplete format");
            break;
        }
        char conversion = *s++;
        if (value == NULL && (value = newref_or_null(next_arg(&a))) == NULL)
            break;
        Object *piece = percent_one(conversion, value, &spec, utf8_count(start, (size_t)(s - 1 - start)));
        decref(value);
        if (piece == NULL)
            break;
        buf_add(&b, str_chars(piece), str_length(piece));
        decref(piece);
    }
    if (!error_occurred() && a.mapping == NULL && a.next < a.count)
        raise("TypeError", "not all arguments converted during string formatting");
    decref(held);
    return error_occurred() ? buf_drop(&b) : buf_finish(&b);
}
