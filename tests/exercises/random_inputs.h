/* random_inputs.h: inputs that a submission cannot enumerate, for the graded
 * tests of rules and measures.
 *
 * A test that checked a rule on four fixed cases could be passed by an
 * answer that knows those four cases.  Such tests draw their cases at
 * random instead and compare the student's answer with one the test
 * computes itself.  The seed comes from GRADE_SEED in the environment when
 * it is set, otherwise from the clock and the process id; every failure
 * message names it, so that
 *
 *     GRADE_SEED=<seed> make grade EX=<name>
 *
 * draws the same cases again. */
#ifndef TEST_RANDOM_INPUTS_H
#define TEST_RANDOM_INPUTS_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

static struct {
    unsigned long seed;
    uint64_t state;
    int started;
} random_inputs;

/* SplitMix64's step: any seed, 0 included, gives a well-mixed stream. */
#define SPLITMIX_INCREMENT 0x9E3779B97F4A7C15u
#define SPLITMIX_MULTIPLIER_1 0xBF58476D1CE4E5B9u
#define SPLITMIX_MULTIPLIER_2 0x94D049BB133111EBu

static unsigned long random_seed(void)
{
    if (!random_inputs.started) {
        const char *given = getenv("GRADE_SEED");
        random_inputs.seed = given != NULL && *given != '\0'
            ? strtoul(given, NULL, 10)
            : (unsigned long)time(NULL) * 1000003ul + (unsigned long)getpid();
        random_inputs.state = random_inputs.seed;
        random_inputs.started = 1;
    }
    return random_inputs.seed;
}

static uint64_t random_next(void)
{
    random_seed();
    uint64_t z = (random_inputs.state += SPLITMIX_INCREMENT);
    z = (z ^ (z >> 30)) * SPLITMIX_MULTIPLIER_1;
    z = (z ^ (z >> 27)) * SPLITMIX_MULTIPLIER_2;
    return z ^ (z >> 31);
}

/* A number from low to high, both included (low <= high). */
static long random_between(long low, long high)
{
    uint64_t span = (uint64_t)high - (uint64_t)low + 1;
    uint64_t offset = span == 0 ? random_next() : random_next() % span;
    return (long)((uint64_t)low + offset);
}

/* How to draw the same cases again, for a failure's message. */
static const char *replay(void)
{
    static char text[64];
    snprintf(text, sizeof text, "GRADE_SEED=%lu draws these cases again",
             random_seed());
    return text;
}

#endif
