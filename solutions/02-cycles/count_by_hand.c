/* Chapter 2 exercise count_by_hand.  A reference solution; the heaps are
 * described in exercises/02-cycles/count_by_hand.c. */

/* Heap 1: a and c.  b is held by nothing once dropped, so reference
 * counting frees it at once; a and c, each held only by itself, are left
 * for the collector to find. */
const long EXPECTED_UNREACHABLE_1 = 2;

/* Heap 2: x, y and z.  The class is tracked, but our reference makes it
 * reachable, and a class holds no reference to its instances. */
const long EXPECTED_UNREACHABLE_2 = 3;

/* Heap 3: the two lists only.  The str and the ints are atoms, never
 * tracked; the dict holds no container, so it was never tracked either.
 * Clearing the lists frees all of them by reference counting. */
const long EXPECTED_UNREACHABLE_3 = 2;

/* Heap 4: o and its list.  The dict stores a container, so it is tracked,
 * and our reference to it leads to n's list, which leads to n; the same
 * cycle without the dict is garbage.  The class is held by us. */
const long EXPECTED_UNREACHABLE_4 = 2;

/* Heap 5: both instances and their class: once we drop the class, only the
 * instances hold it. */
const long EXPECTED_UNREACHABLE_5 = 3;

/* Heap 6: a, b, c, d, the dict (tracked: it stores the list e) and e (a
 * list, tracked from its creation even when empty). */
const long EXPECTED_UNREACHABLE_6 = 6;

/* What surprises most, measured: heap 1 (the collector never sees b) and
 * heap 3 (an untracked dict is freed with the garbage, but not counted). */
