/* lexer.c: Python source text to tokens.  Chapter 2 (the runner). */
#include "lexer.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "debug.h"

/* A tab moves to the next multiple of 8 columns, as CPython counts. */
#define TAB_WIDTH 8

/* Longest first, so that "//=" is not read as "//" and "=". */
static const char *const operators[] = {
    "//=", "**=", "<<=", ">>=", "==", "!=", "<=", ">=", "//", "**", "+=", "-=", "*=",
    "%=", "/=", "&=", "|=", "^=", "@=", "->", "<<", ">>", "+", "-", "*", "/", "%", "<", ">", "=", "(", ")",
    "[", "]", "{", "}", ",", ":", ".", ";", "@", "&", "|", "^", "~",
};

void lexer_init(Lexer *lx, const char *src, size_t length)
{
    memset(lx, 0, sizeof *lx);
    lx->src = lx->pos = lx->line_start = src;
    lx->end = src + length;
    lx->line = 1;
    lx->at_line_start = true;
}

bool token_is(const Token *t, const char *text)
{
    return (t->kind == TOK_OP || t->kind == TOK_NAME) &&
           strlen(text) == t->length && memcmp(t->start, text, t->length) == 0;
}

static Token make(Lexer *lx, TokenKind kind, const char *start, size_t length)
{
    return (Token){kind, start, length, lx->line, (int)(start - lx->line_start) + 1};
}

static Token error_at(Lexer *lx, const char *where, const char *message)
{
    snprintf(lx->error, sizeof lx->error, "%s", message);
    return make(lx, TOK_ERROR, where, 0);
}

static void new_line(Lexer *lx)
{
    lx->pos++;
    lx->line++;
    lx->line_start = lx->pos;
}

/* At the start of a line outside brackets: skip blank and comment lines,
 * then compare the indentation with the enclosing blocks'.  Returns an
 * INDENT, an error, or TOK_SKIP (the DEDENTs, if any, are left pending). */
static Token indentation(Lexer *lx)
{
    for (;;) {
        int column = 0;
        const char *p = lx->pos;
        for (; p < lx->end && (*p == ' ' || *p == '\t' || *p == '\f'); p++)
            column = *p == '\t' ? (column / TAB_WIDTH + 1) * TAB_WIDTH
                   : *p == ' ' ? column + 1 : 0;
        lx->pos = p;
        if (p < lx->end && *p == '#')
            while (lx->pos < lx->end && *lx->pos != '\n')
                lx->pos++;
        if (lx->pos < lx->end && *lx->pos == '\\' && lx->pos + 1 < lx->end &&
            lx->pos[1] == '\n') {
            lx->pos++; /* a line of blanks and a backslash joins the next: still blank */
            new_line(lx);
            continue;
        }
        if (lx->pos < lx->end && *lx->pos == '\n') {
            new_line(lx);
            continue;
        }
        lx->at_line_start = false;
        if (lx->pos >= lx->end)
            return make(lx, TOK_SKIP, lx->pos, 0);
        int current = lx->indents[lx->levels];
        if (column > current) {
            if (lx->levels == MAX_INDENT_LEVELS)
                return error_at(lx, p, "too many levels of indentation");
            lx->indents[++lx->levels] = column;
            return make(lx, TOK_INDENT, p, 0);
        }
        while (column < lx->indents[lx->levels]) {
            lx->levels--;
            lx->pending_dedents++;
        }
        if (column != lx->indents[lx->levels])
            return error_at(lx, p, "unindent does not match any outer indentation level");
        return make(lx, TOK_SKIP, p, 0);
    }
}

static bool is_name_start(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

static bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}

/* The digits of a base, for 0x, 0o and 0b literals. */
static const char *digits_of(char prefix)
{
    switch (prefix | 0x20) {
    case 'x':
        return "0123456789abcdefABCDEF";
    case 'o':
        return "01234567";
    case 'b':
        return "01";
    default:
        return NULL;
    }
}

static Token number(Lexer *lx)
{
    const char *start = lx->pos, *p = lx->pos;
    const char *digits = p + 1 < lx->end && p[0] == '0' ? digits_of(p[1]) : NULL;
    if (digits != NULL)
        p += 2;
    while (p < lx->end && (*p == '_' || (digits ? strchr(digits, *p) != NULL && *p : is_digit(*p))))
        p++;
    lx->pos = p;
    if (p < lx->end && (*p == '.' || *p == 'e' || *p == 'E' || *p == 'j'))
        return error_at(lx, start, "floats and complex numbers are not part of minipy's subset");
    if ((p < lx->end && (is_name_start(*p) || is_digit(*p))) || (digits && p == start + 2))
        return error_at(lx, start, "invalid decimal literal");
    for (const char *q = start; q < p; q++)
        if (*q == '_' && (q + 1 == p || q[1] == '_'))
            return error_at(lx, start, "invalid decimal literal");
    if (digits == NULL && start[0] == '0')
        for (const char *q = start; q < p; q++)
            if (*q != '0' && *q != '_')
                return error_at(lx, start, "leading zeros in decimal integer literals are not permitted");
    return make(lx, TOK_NUMBER, start, (size_t)(p - start));
}

/* r, u, f, and r with f in either order, in either case (b is bytes). */
static bool is_string_prefix(const char *prefix, size_t length)
{
    char first = (char)(prefix[0] | 0x20), second = length > 1 ? (char)(prefix[1] | 0x20) : 0;
    if (length == 1)
        return first == 'r' || first == 'u' || first == 'f';
    return (first == 'r' && second == 'f') || (first == 'f' && second == 'r');
}

bool is_fstring(const Token *t)
{
    for (const char *p = t->start; *p != '\'' && *p != '"'; p++)
        if ((*p | 0x20) == 'f')
            return true;
    return false;
}

static Token string(Lexer *lx, const char *start)
{
    const char *p = lx->pos;
    char quote = *p;
    bool triple = p + 2 < lx->end && p[1] == quote && p[2] == quote;
    int first_line = lx->line;
    const char *first_line_start = lx->line_start;
    p += triple ? 3 : 1;
    for (;;) {
        if (p >= lx->end || (!triple && *p == '\n')) {
            /* CPython names the last line with text on it: a newline that
             * ends the file starts no line of its own. */
            int detected = p >= lx->end && p[-1] == '\n' ? lx->line - 1 : lx->line;
            char message[SYNTAX_MESSAGE_MAX];
            snprintf(message, sizeof message, "unterminated %sstring literal (detected at line %d)",
                     triple ? "triple-quoted " : "", detected);
            lx->line = first_line;
            lx->line_start = first_line_start;
            return error_at(lx, start, message);
        }
        if (*p == '\\' && p + 1 < lx->end) {
            if (p[1] == '\n') {
                lx->line++;
                lx->line_start = p + 2;
            }
            p += 2;
            continue;
        }
        if (*p == '\n') {
            lx->line++;
            lx->line_start = p + 1;
        }
        if (*p == quote && (!triple || (p + 2 < lx->end && p[1] == quote && p[2] == quote))) {
            p += triple ? 3 : 1;
            break;
        }
        p++;
    }
    lx->pos = p;
    Token t = make(lx, TOK_STRING, start, (size_t)(p - start));
    t.line = first_line;
    t.col = (int)(start - first_line_start) + 1;
    return t;
}

static Token bracket(Lexer *lx, const char *op)
{
    const char *start = lx->pos;
    char c = *op;
    if (strchr("([{", c)) {
        if (lx->brackets == MAX_BRACKET_DEPTH)
            return error_at(lx, start, "too many nested parentheses");
        lx->bracket_stack[lx->brackets] = c;
        lx->bracket_lines[lx->brackets] = lx->line;
        lx->bracket_cols[lx->brackets++] = (int)(start - lx->line_start) + 1;
    } else {
        char message[SYNTAX_MESSAGE_MAX];
        if (lx->brackets == 0) {
            snprintf(message, sizeof message, "unmatched '%c'", c);
            return error_at(lx, start, message);
        }
        char open = lx->bracket_stack[lx->brackets - 1];
        if ((open == '(' && c != ')') || (open == '[' && c != ']') || (open == '{' && c != '}')) {
            snprintf(message, sizeof message,
                     "closing parenthesis '%c' does not match opening parenthesis '%c'", c, open);
            return error_at(lx, start, message);
        }
        lx->brackets--;
    }
    lx->pos++;
    return make(lx, TOK_OP, start, 1);
}

static Token operator(Lexer *lx)
{
    const char *start = lx->pos;
    for (size_t i = 0; i < sizeof operators / sizeof *operators; i++) {
        size_t n = strlen(operators[i]);
        if ((size_t)(lx->end - start) >= n && memcmp(start, operators[i], n) == 0) {
            if (n == 1 && strchr("()[]{}", *start))
                return bracket(lx, operators[i]);
            lx->pos += n;
            return make(lx, TOK_OP, start, n);
        }
    }
    char message[SYNTAX_MESSAGE_MAX];
    unsigned char c = (unsigned char)*start;
    if (c >= 0x20 && c < 0x7f)
        snprintf(message, sizeof message, "invalid character '%c' (U+%04X)", c, c);
    else
        snprintf(message, sizeof message, "invalid non-printable character or byte 0x%02X", c);
    return error_at(lx, start, message);
}

/* The end of the source: close the last line, every open block, then EOF. */
static Token end_of_source(Lexer *lx)
{
    if (lx->brackets > 0) {
        char message[SYNTAX_MESSAGE_MAX];
        int b = lx->brackets - 1;
        snprintf(message, sizeof message, "'%c' was never closed", lx->bracket_stack[b]);
        lx->line = lx->bracket_lines[b];
        Token t = error_at(lx, lx->pos, message);
        t.col = lx->bracket_cols[b];
        return t;
    }
    if (lx->line_has_tokens) {
        lx->line_has_tokens = false;
        return make(lx, TOK_NEWLINE, lx->pos, 0);
    }
    if (lx->levels > 0) {
        lx->levels--;
        return make(lx, TOK_DEDENT, lx->pos, 0);
    }
    return make(lx, TOK_EOF, lx->pos, 0);
}

/* One step: a token, or TOK_SKIP if it only consumed something (a line end
 * inside brackets, a blank line). */
static Token scan(Lexer *lx)
{
    if (lx->pending_dedents > 0) {
        lx->pending_dedents--;
        return make(lx, TOK_DEDENT, lx->pos, 0);
    }
    if (lx->at_line_start && lx->brackets == 0) {
        Token t = indentation(lx);
        if (t.kind != TOK_SKIP || lx->pending_dedents > 0)
            return t;
    }
    for (;;) {
        while (lx->pos < lx->end && (*lx->pos == ' ' || *lx->pos == '\t' ||
                                     *lx->pos == '\f' || *lx->pos == '\r'))
            lx->pos++;
        if (lx->pos < lx->end && *lx->pos == '#')
            while (lx->pos < lx->end && *lx->pos != '\n')
                lx->pos++;
        if (lx->pos < lx->end && *lx->pos == '\\') {
            if (lx->pos + 1 < lx->end && lx->pos[1] == '\n') {
                lx->pos++;
                new_line(lx);
                continue;
            }
            if (lx->pos + 1 >= lx->end)
                return error_at(lx, lx->pos, "unexpected EOF while parsing");
            return error_at(lx, lx->pos,
                            "unexpected character after line continuation character");
        }
        break;
    }
    if (lx->pos >= lx->end)
        return end_of_source(lx);
    const char *start = lx->pos;
    if (*start == '\n') {
        Token t = make(lx, TOK_NEWLINE, start, 0);
        new_line(lx);
        if (lx->brackets > 0)
            return make(lx, TOK_SKIP, lx->pos, 0);
        lx->at_line_start = true;
        if (!lx->line_has_tokens)
            return make(lx, TOK_SKIP, lx->pos, 0);
        lx->line_has_tokens = false;
        return t;
    }
    lx->line_has_tokens = true;
    if (is_name_start(*start)) {
        const char *p = start;
        while (p < lx->end && (is_name_start(*p) || is_digit(*p)))
            p++;
        if (p < lx->end && (*p == '\'' || *p == '"') && p - start <= 2) {
            if (is_string_prefix(start, (size_t)(p - start))) {
                lx->pos = p;
                return string(lx, start);
            }
            return error_at(lx, start, "bytes are not part of minipy's subset");
        }
        lx->pos = p;
        return make(lx, TOK_NAME, start, (size_t)(p - start));
    }
    if (is_digit(*start))
        return number(lx);
    if (*start == '\'' || *start == '"')
        return string(lx, start);
    return operator(lx);
}

Token lexer_next(Lexer *lx)
{
    Token t;
    do
        t = scan(lx);
    while (t.kind == TOK_SKIP);
    return t;
}

static int hex_value(char c)
{
    if (is_digit(c))
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

size_t utf8_encode(unsigned long c, char *out)
{
    if (c < 0x80) {
        out[0] = (char)c;
        return 1;
    }
    if (c < 0x800) {
        out[0] = (char)(0xC0 | (c >> 6));
        out[1] = (char)(0x80 | (c & 0x3F));
        return 2;
    }
    if (c < 0x10000) {
        out[0] = (char)(0xE0 | (c >> 12));
        out[1] = (char)(0x80 | ((c >> 6) & 0x3F));
        out[2] = (char)(0x80 | (c & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (c >> 18));
    out[1] = (char)(0x80 | ((c >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((c >> 6) & 0x3F));
    out[3] = (char)(0x80 | (c & 0x3F));
    return 4;
}

/* The value of `digits` hex digits at p, or -1 if they are not all there. */
static long hex_digits(const char *p, const char *end, int digits)
{
    long value = 0;
    for (int i = 0; i < digits; i++) {
        if (p + i >= end || hex_value(p[i]) < 0)
            return -1;
        value = value * 16 + hex_value(p[i]);
    }
    return value;
}

/* One escape sequence at *p (after the backslash), as Python reads it: the
 * code point it stands for, or -1 to keep the backslash and the character
 * (an unknown escape), or -2 for a malformed one. */
static long escape(const char **p, const char *end)
{
    static const char from[] = "ntr\\'\"abfv", to[] = "\n\t\r\\'\"\a\b\f\v";
    const char *hit = strchr(from, **p);
    if (hit != NULL && **p != '\0') {
        (*p)++;
        return to[hit - from];
    }
    if (**p >= '0' && **p <= '7') {
        long value = 0;
        for (int i = 0; i < 3 && *p < end && **p >= '0' && **p <= '7'; i++, (*p)++)
            value = value * 8 + (**p - '0');
        return value;
    }
    if (**p == 'N')
        return -2; /* \N{name} needs Unicode's name table */
    int digits = **p == 'x' ? 2 : **p == 'u' ? 4 : **p == 'U' ? 8 : 0;
    if (digits == 0)
        return -1;
    long value = hex_digits(*p + 1, end, digits);
    if (value < 0 || value > 0x10FFFF)
        return -2;
    *p += 1 + digits;
    return value;
}

void string_body(const Token *t, const char **body, const char **end, bool *raw)
{
    const char *p = t->start;
    *raw = false;
    for (; *p != '\'' && *p != '"'; p++)
        *raw = *raw || (*p | 0x20) == 'r';
    const char *stop = t->start + t->length;
    size_t quotes = (stop - p >= 6 && p[1] == *p && p[2] == *p) ? 3 : 1;
    *body = p + quotes;
    *end = stop - quotes;
}

char *string_value(const Token *t, size_t *length)
{
    const char *p, *end;
    bool raw;
    string_body(t, &p, &end, &raw);
    return decode_string(p, end, raw, length);
}

char *decode_string(const char *p, const char *end, bool raw, size_t *length)
{
    /* an escape never takes fewer bytes than the UTF-8 it stands for */
    char *out = malloc((size_t)(end - p) + 1);
    if (out == NULL)
        fatal_out_of_memory("reading a string literal");
    size_t n = 0;
    while (p < end) {
        if (*p != '\\' || raw) {
            out[n++] = *p++;
            continue;
        }
        p++;
        if (*p == '\n') { /* a backslash at the end of a line joins the lines */
            p++;
            continue;
        }
        long c = escape(&p, end);
        if (c == -2) {
            free(out);
            return NULL;
        }
        if (c < 0)
            out[n++] = '\\';
        else
            n += utf8_encode((unsigned long)c, out + n);
    }
    out[n] = '\0';
    *length = n;
    return out;
}
