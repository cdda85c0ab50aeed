/* str_methods.c: the methods of str that take text apart and change it:
 * split, strip, find, count, replace, case, padding, and format.  Chapter 2
 * (the runner).  CPython: Objects/unicodeobject.c and Objects/stringlib/.
 *
 * Positions a program sees count characters; the search itself runs on
 * the UTF-8 bytes, where a match of whole characters is a match of bytes.
 * Changing case is ASCII only: another character's case needs Unicode's
 * tables, and refusing is better than answering wrong. */
#include "methods.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "debug.h"
#include "error.h"
#include "format.h"
#include "int.h"
#include "list.h"
#include "modules.h"
#include "ops.h"
#include "str.h"
#include "utf8.h"

/* --- searching ------------------------------------------------------- */

/* The byte offset of the first match of needle in hay[from..to), or -1. */
static long search(const Object *hay, const Object *needle, size_t from, size_t to)
{
    size_t k = str_length(needle);
    for (size_t i = from; i + k <= to; i++)
        if (memcmp(str_chars(hay) + i, str_chars(needle), k) == 0)
            return (long)i;
    return -1;
}

/* The byte offset of the last match of needle in hay[from..to), or -1. */
static long search_back(const Object *hay, const Object *needle, size_t from, size_t to)
{
    size_t k = str_length(needle);
    for (size_t i = to; i >= from + k && i >= k; i--)
        if (memcmp(str_chars(hay) + i - k, str_chars(needle), k) == 0)
            return (long)(i - k);
    return to - from >= k && k == 0 ? (long)to : -1;
}

static bool require_str(Object *arg, const char *message)
{
    if (arg->type == &StrType)
        return true;
    raise("TypeError", message, type_name(arg));
    return false;
}

/* The byte offset of character `index` (negative from the end, clamped
 * as a slice's bounds); past the end, `past` (a start there finds
 * nothing). */
static size_t byte_offset(Object *s, long index, size_t past)
{
    const char *p = str_chars(s);
    size_t bytes = str_length(s);
    long count = (long)utf8_count(p, bytes);
    if (index > count)
        return past;
    if (index < 0)
        index = index + count < 0 ? 0 : index + count;
    size_t at = 0;
    for (long seen = 0; at < bytes && seen < index; seen++)
        at += utf8_char_bytes(p[at]);
    return at;
}

/* find, index and count take (sub[, start[, end]]): the byte range. */
static bool search_range(Object *self, Object **args, size_t nargs, size_t *from, size_t *to)
{
    if (!require_str(args[0], "must be str, not %s"))
        return false;
    *from = 0;
    *to = str_length(self);
    for (size_t i = 1; i < nargs; i++) {
        if (args[i] == None)
            continue;
        if (!is_int(args[i])) {
            raise("TypeError", "slice indices must be integers or None or have an __index__ "
                               "method");
            return false;
        }
        if (i == 1)
            *from = byte_offset(self, as_long(args[i]), str_length(self) + 1);
        else
            *to = byte_offset(self, as_long(args[i]), str_length(self));
    }
    return true;
}

typedef long (*Searcher)(const Object *, const Object *, size_t, size_t);

/* The character index of the first match (the last with search_back), -1
 * if none, -2 on an error. */
static long find_index(Object *self, Object **args, size_t nargs, Searcher searcher)
{
    size_t from, to;
    if (!search_range(self, args, nargs, &from, &to))
        return -2;
    if (from > to)
        return -1;
    long at = searcher(self, args[0], from, to);
    return at < 0 ? -1 : (long)utf8_count(str_chars(self), (size_t)at);
}

static Object *found_at(long at)
{
    return at == -2 ? NULL : int_new(at);
}

static Object *index_found_at(long at)
{
    return at == -1 ? raise("ValueError", "substring not found") : found_at(at);
}

static Object *str_find_method(Object *self, Object **args, size_t nargs)
{
    return found_at(find_index(self, args, nargs, search));
}

static Object *str_rfind_method(Object *self, Object **args, size_t nargs)
{
    return found_at(find_index(self, args, nargs, search_back));
}

static Object *str_index_method(Object *self, Object **args, size_t nargs)
{
    return index_found_at(find_index(self, args, nargs, search));
}

static Object *str_rindex_method(Object *self, Object **args, size_t nargs)
{
    return index_found_at(find_index(self, args, nargs, search_back));
}

static Object *str_count_method(Object *self, Object **args, size_t nargs)
{
    size_t from, to;
    if (!search_range(self, args, nargs, &from, &to))
        return NULL;
    if (from > to)
        return int_new(0);
    size_t k = str_length(args[0]);
    if (k == 0) /* an empty str is found between every two characters */
        return int_new((long)utf8_count(str_chars(self) + from, to - from) + 1);
    long count = 0;
    for (long at = search(self, args[0], from, to); at >= 0;
         at = search(self, args[0], (size_t)at + k, to))
        count++;
    return int_new(count);
}

/* --- splitting, joining, stripping ----------------------------------- */

static bool is_space(char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\x1c' && c <= '\x1f');
}

static void append_piece(Object *list, const char *p, size_t n)
{
    Object *piece = str_from_bytes(p, n);
    list_append(list, piece);
    decref(piece);
}

/* split() with no separator: runs of white space separate, and none
 * leads; none trails but after the last split maxsplit allows. */
static Object *split_whitespace(Object *self, long maxsplit)
{
    const char *p = str_chars(self), *end = p + str_length(self);
    Object *list = list_new();
    for (;;) {
        while (p < end && is_space(*p))
            p++;
        if (p == end)
            break;
        const char *start = p;
        if (maxsplit-- == 0)
            p = end;  /* the rest, with its trailing white space */
        while (p < end && !is_space(*p))
            p++;
        append_piece(list, start, (size_t)(p - start));
    }
    return list;
}

/* rsplit() with no separator, maxsplit splits from the right: the pieces
 * in order, the first holding the rest with its leading white space. */
static Object *rsplit_whitespace(Object *self, long maxsplit)
{
    const char *begin = str_chars(self), *p = begin + str_length(self);
    Object *reversed = list_new();
    for (;;) {
        while (p > begin && is_space(p[-1]))
            p--;
        if (p == begin)
            break;
        const char *end = p;
        if (maxsplit-- == 0)
            p = begin;
        while (p > begin && !is_space(p[-1]))
            p--;
        append_piece(reversed, p, (size_t)(end - p));
    }
    list_reverse(reversed);
    return reversed;
}

/* rsplit(sep, maxsplit) with a separator: the pieces found from the right. */
static Object *rsplit_separator(Object *self, Object *sep, long maxsplit)
{
    Object *reversed = list_new();
    size_t to = str_length(self), k = str_length(sep);
    long at;
    while (maxsplit-- != 0 && (at = search_back(self, sep, 0, to)) >= 0) {
        append_piece(reversed, str_chars(self) + at + k, to - (size_t)at - k);
        to = (size_t)at;
    }
    append_piece(reversed, str_chars(self), to);
    list_reverse(reversed);
    return reversed;
}

enum { SPLIT_SEP, SPLIT_MAXSPLIT, SPLIT_KEYWORDS };

static Object *split_keywords(Object *self, Object **args, size_t nargs, Object **kwargs);

/* rsplit(sep=None, maxsplit=-1): split's pieces, found from the right,
 * which differ from split's only when maxsplit stops it. */
static Object *rsplit_keywords(Object *self, Object **args, size_t nargs, Object **kwargs)
{
    Object *sep = kwargs[SPLIT_SEP] ? kwargs[SPLIT_SEP] : None;
    Object *maxsplit = kwargs[SPLIT_MAXSPLIT];
    if (maxsplit == NULL || !is_int(maxsplit) || as_long(maxsplit) < 0 ||
        (sep != None && (sep->type != &StrType || str_length(sep) == 0)))
        return split_keywords(self, args, nargs, kwargs); /* and its errors */
    return sep == None ? rsplit_whitespace(self, as_long(maxsplit))
                       : rsplit_separator(self, sep, as_long(maxsplit));
}

/* split(sep=None, maxsplit=-1), by position or by name. */
static Object *split_keywords(Object *self, Object **args, size_t nargs, Object **kwargs)
{
    (void)args, (void)nargs;
    Object *sep = kwargs[SPLIT_SEP] ? kwargs[SPLIT_SEP] : None;
    long maxsplit = -1;
    if (kwargs[SPLIT_MAXSPLIT] != NULL) {
        if (!is_int(kwargs[SPLIT_MAXSPLIT]))
            return raise("TypeError", "'%s' object cannot be interpreted as an integer",
                         type_name(kwargs[SPLIT_MAXSPLIT]));
        maxsplit = as_long(kwargs[SPLIT_MAXSPLIT]);
    }
    if (sep == None)
        return split_whitespace(self, maxsplit);
    if (!require_str(sep, "must be str or None, not %s"))
        return NULL;
    if (str_length(sep) == 0)
        return raise("ValueError", "empty separator");
    Object *list = list_new();
    size_t from = 0, k = str_length(sep);
    long at;
    while (maxsplit-- != 0 && (at = search(self, sep, from, str_length(self))) >= 0) {
        append_piece(list, str_chars(self) + from, (size_t)at - from);
        from = (size_t)at + k;
    }
    append_piece(list, str_chars(self) + from, str_length(self) - from);
    return list;
}

static Object *str_split_method(Object *self, Object **args, size_t nargs)
{
    return call_keywords_by_position(split_keywords, self, args, nargs);
}

static Object *str_rsplit_method(Object *self, Object **args, size_t nargs)
{
    return call_keywords_by_position(rsplit_keywords, self, args, nargs);
}

/* partition and rpartition: (before, sep, after) around the first (last)
 * match, or the str and two empty ones on the side where nothing was. */
static Object *partition(Object *self, Object *sep, Searcher searcher)
{
    if (!require_str(sep, "must be str, not %s"))
        return NULL;
    if (str_length(sep) == 0)
        return raise("ValueError", "empty separator");
    size_t n = str_length(self), k = str_length(sep);
    long at = searcher(self, sep, 0, n);
    const char *p = str_chars(self);
    Object *parts[3];
    if (at < 0) {
        bool front = searcher == search;
        parts[0] = front ? newref(self) : str_new("");
        parts[1] = str_new("");
        parts[2] = front ? str_new("") : newref(self);
    } else {
        parts[0] = str_from_bytes(p, (size_t)at);
        parts[1] = newref(sep);
        parts[2] = str_from_bytes(p + at + k, n - (size_t)at - k);
    }
    return tuple_from(parts, 3);
}

static Object *str_partition_method(Object *self, Object **args, size_t nargs)
{
    (void)nargs;
    return partition(self, args[0], search);
}

static Object *str_rpartition_method(Object *self, Object **args, size_t nargs)
{
    (void)nargs;
    return partition(self, args[0], search_back);
}

/* The bytes of the line break at p (before end), or 0: CPython's line
 * boundaries, \r\n as one. */
static size_t line_break_bytes(const char *p, const char *end)
{
    static const char *const breaks[] = {"\r\n", "\n", "\r", "\v", "\f", "\x1c", "\x1d",
                                         "\x1e", "\xc2\x85", "\xe2\x80\xa8", "\xe2\x80\xa9"};
    for (size_t i = 0; i < sizeof breaks / sizeof *breaks; i++) {
        size_t k = strlen(breaks[i]);
        if ((size_t)(end - p) >= k && memcmp(p, breaks[i], k) == 0)
            return k;
    }
    return 0;
}

static Object *str_splitlines_method(Object *self, Object **args, size_t nargs)
{
    int keepends = nargs > 0 ? is_true(args[0]) : 0;
    const char *p = str_chars(self), *end = p + str_length(self), *start = p;
    Object *lines = list_new();
    while (p < end) {
        size_t k = line_break_bytes(p, end);
        if (k == 0) {
            p++;
            continue;
        }
        append_piece(lines, start, (size_t)(p - start) + (keepends ? k : 0));
        p += k;
        start = p;
    }
    if (start < end)
        append_piece(lines, start, (size_t)(end - start));
    return lines;
}

/* removeprefix and removesuffix: the str without the affix, if it has it. */
static Object *remove_affix(Object *self, Object *affix, bool prefix)
{
    if (!require_str(affix, prefix ? "removeprefix() argument must be str, not %s"
                                   : "removesuffix() argument must be str, not %s"))
        return NULL;
    size_t n = str_length(self), k = str_length(affix);
    const char *p = str_chars(self);
    if (k > n || memcmp(prefix ? p : p + n - k, str_chars(affix), k) != 0)
        return newref(self);
    return str_from_bytes(prefix ? p + k : p, n - k);
}

static Object *str_removeprefix_method(Object *self, Object **args, size_t nargs)
{
    (void)nargs;
    return remove_affix(self, args[0], true);
}

static Object *str_removesuffix_method(Object *self, Object **args, size_t nargs)
{
    (void)nargs;
    return remove_affix(self, args[0], false);
}

static const char *const split_keyword_names[] = {"sep", "maxsplit", NULL};

const KeywordDef str_keyword_defs[] = {
    {str_split_method, split_keyword_names, split_keywords, SPLIT_KEYWORDS, NULL, false},
    {str_rsplit_method, split_keyword_names, rsplit_keywords, SPLIT_KEYWORDS, NULL, false},
    {NULL, NULL, NULL, 0, NULL, false},
};

/* Is the character at[0..bytes) one of the characters of set? */
static bool has_char(const char *set, size_t set_bytes, const char *at, size_t bytes)
{
    for (size_t i = 0; i < set_bytes; i += utf8_char_bytes(set[i]))
        if (utf8_char_bytes(set[i]) == bytes && memcmp(set + i, at, bytes) == 0)
            return true;
    return false;
}

/* strip, lstrip, rstrip: white space, or any character of chars. */
static Object *strip(Object *self, Object **args, size_t nargs, bool left, bool right)
{
    Object *chars = nargs > 0 ? args[0] : None;
    if (chars != None && chars->type != &StrType)
        return raise("TypeError", "strip arg must be None or str");
    const char *start = str_chars(self), *end = start + str_length(self);
    const char *set = chars == None ? NULL : str_chars(chars);
    size_t set_bytes = chars == None ? 0 : str_length(chars);
    /* a character is stripped if its bytes occur in chars as a whole */
    for (;;) {
        const char *at = left ? start : end;
        if (start == end)
            break;
        if (!left) { /* step back to the start of the last character */
            do
                at--;
            while (at > start && utf8_is_continuation(*at));
        }
        size_t bytes = utf8_char_bytes(*at);
        bool strip_it = set ? has_char(set, set_bytes, at, bytes) : bytes == 1 && is_space(*at);
        if (!strip_it) {
            if (!left || !right)
                break;
            left = false; /* done at the left: now the right */
            continue;
        }
        if (left)
            start += bytes;
        else
            end = at;
    }
    return str_from_bytes(start, (size_t)(end - start));
}

static Object *str_strip_method(Object *self, Object **args, size_t nargs)
{
    return strip(self, args, nargs, true, true);
}

static Object *str_lstrip_method(Object *self, Object **args, size_t nargs)
{
    return strip(self, args, nargs, true, false);
}

static Object *str_rstrip_method(Object *self, Object **args, size_t nargs)
{
    return strip(self, args, nargs, false, true);
}

static Object *str_replace_method(Object *self, Object **args, size_t nargs)
{
    for (int i = 0; i < 2; i++)
        if (args[i]->type != &StrType)
            return raise("TypeError", "replace() argument %d must be str, not %s", i + 1,
                         type_name(args[i]));
    long count = -1;
    if (nargs > 2) {
        if (!is_int(args[2]))
            return raise("TypeError", "'%s' object cannot be interpreted as an integer",
                         type_name(args[2]));
        count = as_long(args[2]);
    }
    Object *old = args[0], *new = args[1];
    size_t k = str_length(old), from = 0, n = str_length(self);
    Buf b = {0};
    while (count != 0 && from <= n) {
        long at = k ? search(self, old, from, n) : (long)from;
        if (at < 0)
            break;
        buf_add(&b, str_chars(self) + from, (size_t)at - from);
        buf_add(&b, str_chars(new), str_length(new));
        from = (size_t)at + k;
        if (k == 0 && from < n) { /* an empty match: copy one character on */
            size_t bytes = utf8_char_bytes(str_chars(self)[from]);
            buf_add(&b, str_chars(self) + from, bytes);
            from += bytes;
        } else if (k == 0) {
            from++;
        }
        count--;
    }
    if (from <= n)
        buf_add(&b, str_chars(self) + from, n - from);
    return buf_finish(&b);
}

/* --- case and kind ---------------------------------------------------- */

typedef enum CaseChange { CASE_UPPER, CASE_LOWER, CASE_SWAP, CASE_TITLE, CASE_CAPITALIZE } CaseChange;

static bool is_ascii(Object *s)
{
    for (size_t i = 0; i < str_length(s); i++)
        if ((unsigned char)str_chars(s)[i] >= 0x80)
            return false;
    return true;
}

static Object *change_case(Object *self, CaseChange change, const char *name)
{
    if (!is_ascii(self))
        return raise("NotImplementedError", "str.%s() of non-ASCII text is not part of "
                                            "minipy's subset", name);
    size_t n = str_length(self);
    char *out = malloc(n + 1);
    if (out == NULL)
        fatal_out_of_memory("changing case");
    bool word_start = true;
    for (size_t i = 0; i < n; i++) {
        char c = str_chars(self)[i];
        bool upper = change == CASE_UPPER || (change == CASE_SWAP && islower(c)) ||
                     ((change == CASE_TITLE || change == CASE_CAPITALIZE) && word_start);
        out[i] = (char)(upper ? toupper(c) : change == CASE_SWAP && !isupper(c) ? c : tolower(c));
        word_start = change == CASE_TITLE ? !isalpha(c) : false;
    }
    Object *result = str_from_bytes(out, n);
    free(out);
    return result;
}

static Object *str_upper_method(Object *self, Object **args, size_t nargs)
{
    (void)args, (void)nargs;
    return change_case(self, CASE_UPPER, "upper");
}

static Object *str_lower_method(Object *self, Object **args, size_t nargs)
{
    (void)args, (void)nargs;
    return change_case(self, CASE_LOWER, "lower");
}

static Object *str_swapcase_method(Object *self, Object **args, size_t nargs)
{
    (void)args, (void)nargs;
    return change_case(self, CASE_SWAP, "swapcase");
}

static Object *str_title_method(Object *self, Object **args, size_t nargs)
{
    (void)args, (void)nargs;
    return change_case(self, CASE_TITLE, "title");
}

static Object *str_capitalize_method(Object *self, Object **args, size_t nargs)
{
    (void)args, (void)nargs;
    return change_case(self, CASE_CAPITALIZE, "capitalize");
}

/* isdigit, isalpha, ...: true if not empty and every character is of the
 * kind (ASCII; a non-ASCII character is refused, as for case). */
static Object *every_char(Object *self, int (*kind)(int), const char *name)
{
    if (!is_ascii(self))
        return raise("NotImplementedError", "str.%s() of non-ASCII text is not part of "
                                            "minipy's subset", name);
    size_t n = str_length(self);
    bool all = n > 0;
    for (size_t i = 0; all && i < n; i++)
        all = kind((unsigned char)str_chars(self)[i]) != 0;
    return bool_from(all);
}

static Object *str_isdigit_method(Object *self, Object **args, size_t nargs)
{
    (void)args, (void)nargs;
    return every_char(self, isdigit, "isdigit");
}

static Object *str_isalpha_method(Object *self, Object **args, size_t nargs)
{
    (void)args, (void)nargs;
    return every_char(self, isalpha, "isalpha");
}

static Object *str_isalnum_method(Object *self, Object **args, size_t nargs)
{
    (void)args, (void)nargs;
    return every_char(self, isalnum, "isalnum");
}

/* isupper and islower: some cased character, and no cased one of the
 * other case. */
static Object *all_cased(Object *self, int (*wanted)(int), int (*other)(int), const char *name)
{
    if (!is_ascii(self))
        return raise("NotImplementedError", "str.%s() of non-ASCII text is not part of "
                                            "minipy's subset", name);
    bool some = false;
    for (size_t i = 0; i < str_length(self); i++) {
        int c = (unsigned char)str_chars(self)[i];
        if (other(c))
            return bool_from(false);
        some = some || wanted(c);
    }
    return bool_from(some);
}

static Object *str_isupper_method(Object *self, Object **args, size_t nargs)
{
    (void)args, (void)nargs;
    return all_cased(self, isupper, islower, "isupper");
}

static Object *str_islower_method(Object *self, Object **args, size_t nargs)
{
    (void)args, (void)nargs;
    return all_cased(self, islower, isupper, "islower");
}

static Object *str_isspace_method(Object *self, Object **args, size_t nargs)
{
    (void)args, (void)nargs;
    return every_char(self, isspace, "isspace");
}

/* --- padding --------------------------------------------------------- */

/* ljust, rjust, center: to width characters with fill, as format's
 * alignments '<', '>' and '^' (center puts the odd one on the right only
 * when the width is odd and the text even, as CPython's pad). */
static Object *justify(Object *self, Object **args, size_t nargs, char align)
{
    if (!is_int(args[0]))
        return raise("TypeError", "'%s' object cannot be interpreted as an integer",
                     type_name(args[0]));
    const char *fill = " ";
    size_t fill_bytes = 1;
    if (nargs > 1) {
        if (args[1]->type != &StrType)
            return raise("TypeError", "The fill character must be a unicode character, not %s",
                         type_name(args[1]));
        fill = str_chars(args[1]);
        fill_bytes = str_length(args[1]);
        if (utf8_count(fill, fill_bytes) != 1)
            return raise("TypeError", "The fill character must be exactly one character long");
    }
    long length = (long)utf8_count(str_chars(self), str_length(self));
    long room = as_long(args[0]) - length;
    if (room <= 0)
        return newref(self);
    if (room > MAX_FIELD_WIDTH)
        return raise("MemoryError", "minipy pads no field wider than %ld characters",
                     MAX_FIELD_WIDTH);
    long width = as_long(args[0]);
    long left = align == '>' ? room : align == '<' ? 0 : room / 2 + (room & width & 1);
    Buf b = {0};
    buf_repeat(&b, fill, fill_bytes, (size_t)left);
    buf_add(&b, str_chars(self), str_length(self));
    buf_repeat(&b, fill, fill_bytes, (size_t)(room - left));
    return buf_finish(&b);
}

static Object *str_ljust_method(Object *self, Object **args, size_t nargs)
{
    return justify(self, args, nargs, '<');
}

static Object *str_rjust_method(Object *self, Object **args, size_t nargs)
{
    return justify(self, args, nargs, '>');
}

static Object *str_center_method(Object *self, Object **args, size_t nargs)
{
    return justify(self, args, nargs, '^');
}

/* zfill: zeros after the sign, up to width. */
static Object *str_zfill_method(Object *self, Object **args, size_t nargs)
{
    (void)nargs;
    Object *right = justify(self, args, 1, '>');
    if (right == NULL || right == self)
        return right;
    Buf b = {0};
    size_t room = str_length(right) - str_length(self);
    bool signed_text = str_length(self) > 0 && (str_chars(self)[0] == '-' || str_chars(self)[0] == '+');
    if (signed_text)
        buf_add(&b, str_chars(self), 1);
    buf_repeat(&b, "0", 1, room);
    buf_add(&b, str_chars(self) + signed_text, str_length(self) - signed_text);
    decref(right);
    return buf_finish(&b);
}

static Object *str_format_method(Object *self, Object **args, size_t nargs)
{
    return str_format(self, args, nargs);
}

const BuiltinDef str_text_methods[] = {
    {"find", str_find_method, 1, 3, ARGS_TUPLE},
    {"rfind", str_rfind_method, 1, 3, ARGS_TUPLE},
    {"index", str_index_method, 1, 3, ARGS_TUPLE},
    {"rindex", str_rindex_method, 1, 3, ARGS_TUPLE},
    {"count", str_count_method, 1, 3, ARGS_TUPLE},
    {"split", str_split_method, 0, 2, ARGS_TUPLE},
    {"rsplit", str_rsplit_method, 0, 2, ARGS_TUPLE},
    {"partition", str_partition_method, 1, 1, ARGS_ONE},
    {"rpartition", str_rpartition_method, 1, 1, ARGS_ONE},
    {"splitlines", str_splitlines_method, 0, 1, ARGS_POSITIONAL},
    {"removeprefix", str_removeprefix_method, 1, 1, ARGS_ONE},
    {"removesuffix", str_removesuffix_method, 1, 1, ARGS_ONE},
    {"isupper", str_isupper_method, 0, 0, ARGS_NONE},
    {"islower", str_islower_method, 0, 0, ARGS_NONE},
    {"strip", str_strip_method, 0, 1, ARGS_POSITIONAL},
    {"lstrip", str_lstrip_method, 0, 1, ARGS_POSITIONAL},
    {"rstrip", str_rstrip_method, 0, 1, ARGS_POSITIONAL},
    {"replace", str_replace_method, 2, 3, ARGS_POSITIONAL},
    {"upper", str_upper_method, 0, 0, ARGS_NONE},
    {"lower", str_lower_method, 0, 0, ARGS_NONE},
    {"swapcase", str_swapcase_method, 0, 0, ARGS_NONE},
    {"title", str_title_method, 0, 0, ARGS_NONE},
    {"capitalize", str_capitalize_method, 0, 0, ARGS_NONE},
    {"isdigit", str_isdigit_method, 0, 0, ARGS_NONE},
    {"isalpha", str_isalpha_method, 0, 0, ARGS_NONE},
    {"isalnum", str_isalnum_method, 0, 0, ARGS_NONE},
    {"isspace", str_isspace_method, 0, 0, ARGS_NONE},
    {"ljust", str_ljust_method, 1, 2, ARGS_POSITIONAL},
    {"rjust", str_rjust_method, 1, 2, ARGS_POSITIONAL},
    {"center", str_center_method, 1, 2, ARGS_POSITIONAL},
    {"zfill", str_zfill_method, 1, 1, ARGS_ONE},
    {"format", str_format_method, 0, -1, ARGS_POSITIONAL},
    {NULL, NULL, 0, 0, ARGS_POSITIONAL},
};
