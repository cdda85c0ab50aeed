/* ast.c: the arena of syntax-tree nodes.  Chapter 2 (the runner). */
#include "ast.h"

#include <stdlib.h>

#include "debug.h"

#define ARENA_BLOCK_NODES 256

typedef struct Block {
    struct Block *next;
    size_t used;
    Node nodes[ARENA_BLOCK_NODES];
} Block;

struct Arena {
    Block *blocks;
};

static void *checked_calloc(size_t count, size_t size)
{
    void *p = calloc(count, size);
    if (p == NULL)
        fatal_out_of_memory("building the syntax tree");
    return p;
}

Arena *arena_new(void)
{
    return checked_calloc(1, sizeof(Arena));
}

Node *arena_node(Arena *arena, NodeKind kind, int line, int col)
{
    if (arena->blocks == NULL || arena->blocks->used == ARENA_BLOCK_NODES) {
        Block *block = checked_calloc(1, sizeof(Block));
        block->next = arena->blocks;
        arena->blocks = block;
    }
    Node *node = &arena->blocks->nodes[arena->blocks->used++];
    node->kind = kind;
    node->line = line;
    node->col = col;
    node->depth = 1;
    return node;
}

void arena_free(Arena *arena)
{
    Block *block = arena->blocks;
    while (block != NULL) {
        for (size_t i = 0; i < block->used; i++) {
            Node *node = &block->nodes[i];
            free(node->items.items);
            free(node->body.items);
            free(node->orelse.items);
            free(node->ops);
            xdecref(node->value);
        }
        Block *next = block->next;
        free(block);
        block = next;
    }
    free(arena);
}

void node_list_add(NodeList *list, Node *node)
{
    if (list->count == list->capacity) {
        list->capacity = list->capacity ? 2 * list->capacity : 4;
        list->items = realloc(list->items, list->capacity * sizeof *list->items);
        if (list->items == NULL)
            fatal_out_of_memory("building the syntax tree");
    }
    list->items[list->count++] = node;
}
