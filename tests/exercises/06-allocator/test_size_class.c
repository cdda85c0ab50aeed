/* Graded tests of the chapter 6 exercise size_class
 * (exercises/06-allocator/size_class.c).
 *
 * Requests and classes are drawn at random (random_inputs.h), and every
 * expected figure is computed here from CPython 3.11's rules: 16-byte
 * classes up to 512 bytes, 16 KiB pools with a 48-byte header. */
#include "graded.h"

#include "obmalloc.h"
#include "pool.h"
#include "random_inputs.h"

STUDENT_WRITES int my_size_class(size_t nbytes);
STUDENT_WRITES size_t my_class_size(int szidx);
STUDENT_WRITES size_t my_blocks_per_pool(int szidx);
STUDENT_WRITES size_t my_quantization(int szidx);

/* Cases drawn per test. */
#define CASES 200

static void size_class_is_defined(void)
{
    ck_assert_defined(my_size_class);
    ck_assert_defined(my_class_size);
    ck_assert_defined(my_blocks_per_pool);
    ck_assert_defined(my_quantization);
}

START_TEST(a_request_gets_the_smallest_class_that_fits)
{
    for (int i = 0; i < CASES; i++) {
        size_t n = (size_t)random_between(ALIGNMENT + 1, SMALL_REQUEST_THRESHOLD);
        int expected = (int)((n + ALIGNMENT - 1) / ALIGNMENT) - 1;
        ck_assert_msg(my_size_class(n) == expected,
                      "my_size_class(%zu) is %d, expected %d (%s)", n,
                      my_size_class(n), expected, replay());
    }
    ck_assert_msg(my_size_class(SMALL_REQUEST_THRESHOLD) == NB_SMALL_SIZE_CLASSES - 1,
                  "a request of 512 bytes is the last class, %d",
                  (int)NB_SMALL_SIZE_CLASSES - 1);
    ck_assert_msg(my_size_class(ALIGNMENT) == 0 && my_size_class(1) == 0,
                  "requests of 1 and 16 bytes are class 0");
}
END_TEST

START_TEST(zero_and_large_requests_have_no_class)
{
    ck_assert_msg(my_size_class(0) == -1, "my_size_class(0) is %d, expected -1",
                  my_size_class(0));
    for (int i = 0; i < CASES; i++) {
        size_t n = SMALL_REQUEST_THRESHOLD + (size_t)random_between(1, 1L << 40);
        ck_assert_msg(my_size_class(n) == -1, "my_size_class(%zu) is %d, "
                      "expected -1: malloc serves it (%s)", n, my_size_class(n), replay());
    }
    ck_assert_msg(my_size_class(SIZE_MAX) == -1, "my_size_class(SIZE_MAX) is "
                  "%d, expected -1", my_size_class(SIZE_MAX));
}
END_TEST

START_TEST(a_class_holds_blocks_of_a_multiple_of_sixteen_bytes)
{
    for (int i = 0; i < CASES; i++) {
        int szidx = (int)random_between(0, NB_SMALL_SIZE_CLASSES - 1);
        size_t expected = ((size_t)szidx + 1) * ALIGNMENT;
        ck_assert_msg(my_class_size(szidx) == expected, "my_class_size(%d) is "
                      "%zu, expected %zu (%s)", szidx, my_class_size(szidx),
                      expected, replay());
    }
    int outside = random_between(0, 1) ? -1 : (int)NB_SMALL_SIZE_CLASSES;
    ck_assert_msg(my_class_size(outside) == 0, "my_class_size(%d) is %zu, "
                  "expected 0: there is no such class", outside, my_class_size(outside));
    ck_assert_uint_eq(my_class_size(NB_SMALL_SIZE_CLASSES - 1), SMALL_REQUEST_THRESHOLD);
}
END_TEST

START_TEST(a_pool_holds_what_its_header_leaves)
{
    for (int i = 0; i < CASES; i++) {
        int szidx = (int)random_between(0, NB_SMALL_SIZE_CLASSES - 1);
        size_t size = ((size_t)szidx + 1) * ALIGNMENT;
        size_t expected = (16384 - 48) / size;
        ck_assert_msg(my_blocks_per_pool(szidx) == expected, "a pool of %zu-byte "
                      "blocks holds %zu, expected %zu (%s)", size,
                      my_blocks_per_pool(szidx), expected, replay());
    }
}
END_TEST

START_TEST(quantization_is_what_a_pool_leaves_after_its_last_block)
{
    for (int i = 0; i < CASES; i++) {
        int szidx;
        size_t size, expected;
        do {
            szidx = (int)random_between(0, NB_SMALL_SIZE_CLASSES - 1);
            size = ((size_t)szidx + 1) * ALIGNMENT;
            expected = (16384 - 48) % size;
        } while (expected == 0);
        ck_assert_msg(my_quantization(szidx) == expected, "a pool of %zu-byte "
                      "blocks leaves %zu bytes, expected %zu (%s)", size,
                      my_quantization(szidx), expected, replay());
    }
}
END_TEST

Suite *suite(void)
{
    const Graded graded[] = {
        {a_request_gets_the_smallest_class_that_fits, 2},
        {zero_and_large_requests_have_no_class, 1},
        {a_class_holds_blocks_of_a_multiple_of_sixteen_bytes, 1},
        {a_pool_holds_what_its_header_leaves, 1},
        {quantization_is_what_a_pool_leaves_after_its_last_block, 1},
    };
    return graded_suite("size_class", graded, GRADED_COUNT(graded),
                        size_class_is_defined);
}
