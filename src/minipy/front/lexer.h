/* lexer.h: Python source text to tokens, indentation included.  Chapter 2
 * (the runner).  CPython: Parser/tokenizer.c.
 *
 * Indentation becomes INDENT and DEDENT tokens, as in CPython: a line indented
 * deeper than the one before opens a block, a shallower one closes blocks
 * until the indentation matches.  Inside brackets, line ends are ignored. */
#ifndef MINIPY_LEXER_H
#define MINIPY_LEXER_H

#include <stdbool.h>
#include <stddef.h>

/* Room for a syntax error's message, which names at most a character or
 * a keyword besides its fixed text. */
#define SYNTAX_MESSAGE_MAX 192

/* CPython's limits: 100 levels of indentation, 200 nested brackets. */
#define MAX_INDENT_LEVELS 100
#define MAX_BRACKET_DEPTH 200

typedef enum TokenKind {
    TOK_EOF,
    TOK_NEWLINE,
    TOK_INDENT,
    TOK_DEDENT,
    TOK_NAME,
    TOK_NUMBER,
    TOK_STRING,  /* the literal as written, quotes included */
    TOK_OP,      /* an operator or delimiter; its text says which */
    TOK_ERROR,   /* the lexer's message is in Lexer.error */
    TOK_SKIP,    /* inside the lexer only: something consumed, nothing produced */
} TokenKind;

typedef struct Token {
    TokenKind kind;
    const char *start;  /* into the source */
    size_t length;
    int line, col;      /* 1-based line, 1-based column */
} Token;

typedef struct Lexer {
    const char *src, *pos, *end;
    int line;
    const char *line_start;
    int indents[MAX_INDENT_LEVELS + 1];
    int levels;          /* indents[0..levels] in use; indents[0] is 0 */
    int pending_dedents;
    int brackets;
    char bracket_stack[MAX_BRACKET_DEPTH];
    int bracket_lines[MAX_BRACKET_DEPTH], bracket_cols[MAX_BRACKET_DEPTH];
    bool at_line_start;
    bool line_has_tokens;    /* a NEWLINE ends only a line with tokens */
    bool done;               /* EOF was returned */
    char error[SYNTAX_MESSAGE_MAX];
} Lexer;

void lexer_init(Lexer *lx, const char *src, size_t length);
Token lexer_next(Lexer *lx);
/* The value of a string token, escapes decoded (a code point becomes its
 * UTF-8 bytes), in a new malloc'd buffer of *length bytes (plus a NUL); NULL
 * for a malformed escape. */
char *string_value(const Token *t, size_t *length);
/* The same for the text p..end of a literal (raw: no escapes). */
char *decode_string(const char *p, const char *end, bool raw, size_t *length);
/* data and text (data): is the string token an f-string?  And where the
 * text between its quotes is, and whether it is raw. */
bool is_fstring(const Token *t);
void string_body(const Token *t, const char **body, const char **end, bool *raw);
/* Write code point c to out in UTF-8 (at most 4 bytes); returns the bytes
 * written. */
size_t utf8_encode(unsigned long c, char *out);
/* Does the token spell `text` (an operator or a name)? */
bool token_is(const Token *t, const char *text);

#endif
