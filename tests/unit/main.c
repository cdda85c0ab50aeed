/* main.c: the runner shared by every unit test program (chapter 1). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "harness.h"

int main(void)
{
    SRunner *runner = srunner_create(suite());
    srunner_run_all(runner, CK_ENV);
    int failed = srunner_ntests_failed(runner);
    srunner_free(runner);
    debug_release_quarantine();
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}

#define MESSAGE_MAX 512

/* How a child process ended, in words, from its wait status (waitpid
 * without WUNTRACED: it exited, or a signal killed it). */
static void describe_end(int status, char *how, size_t size)
{
    if (WIFEXITED(status))
        snprintf(how, size, "exited with status %d", WEXITSTATUS(status));
    else
        snprintf(how, size, "was killed by signal %d (%s)", WTERMSIG(status),
                 strsignal(WTERMSIG(status)));
}

/* Run misuse() in a child process, its stderr in message; return its wait
 * status. */
static int run_in_child(void (*misuse)(void), char *message, size_t size)
{
    int pipe_fds[2];
    ck_assert_int_eq(pipe(pipe_fds), 0);
    fflush(NULL);
    pid_t child = fork();
    ck_assert_int_ge(child, 0);
    if (child == 0) {
        dup2(pipe_fds[1], STDERR_FILENO);
        close(pipe_fds[0]);
        misuse();
        exit(EXIT_SUCCESS);
    }
    close(pipe_fds[1]);
    size_t length = 0;
    ssize_t n;
    while ((n = read(pipe_fds[0], message + length, size - 1 - length)) > 0)
        length += (size_t)n;
    message[length] = '\0';
    close(pipe_fds[0]);
    int status;
    ck_assert_int_eq(waitpid(child, &status, 0), child);
    return status;
}

void assert_misuse(void (*misuse)(void), const char *expected)
{
    char message[MESSAGE_MAX];
    int status = run_in_child(misuse, message, sizeof message);
    char how[MESSAGE_MAX];
    describe_end(status, how, sizeof how);
    ck_assert_msg(WIFEXITED(status) && WEXITSTATUS(status) == EXIT_MISUSE,
                  "expected the misuse to stop the program with exit status "
                  "%d, but it %s; stderr: %s", EXIT_MISUSE, how, message);
    ck_assert_msg(strstr(message, expected) != NULL,
                  "expected a message containing \"%s\", got \"%s\"",
                  expected, message);
}

void assert_dies(void (*misuse)(void), const char *expected)
{
    char message[MESSAGE_MAX];
    int status = run_in_child(misuse, message, sizeof message);
    char how[MESSAGE_MAX];
    describe_end(status, how, sizeof how);
    ck_assert_msg(!(WIFEXITED(status) && WEXITSTATUS(status) == EXIT_SUCCESS),
                  "expected the program to stop, but it %s", how);
    ck_assert_msg(strstr(message, expected) != NULL,
                  "expected a message containing \"%s\", got \"%s\" (it %s)",
                  expected, message, how);
}

static int collect_referent(Object *referent, void *arg)
{
    Referents *r = arg;
    ck_assert_uint_lt(r->count, REFERENTS_MAX);
    r->items[r->count++] = referent;
    return 0;
}

Referents referents_of(Object *op)
{
    Referents r = {0};
    ck_assert_int_eq(op->type->traverse(op, collect_referent, &r), 0);
    return r;
}
