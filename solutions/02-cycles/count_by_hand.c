/* Chapter 2 exercise count_by_hand.  A reference solution; the heaps are
 * described in exercises/02-cycles/count_by_hand.c. */

/* Heap 1: b is held by nothing once dropped, so reference counting frees it
 * at once; a, held only by itself, is the one object left to find. */
const long EXPECTED_UNREACHABLE_1 = 1;

/* Heap 2: x and y.  The class is tracked, but our reference makes it
 * reachable, and a class holds no reference to its instances. */
const long EXPECTED_UNREACHABLE_2 = 2;

/* Heap 3: the list only.  The str and the ints are atoms, never tracked;
 * the dict holds no container, so it was never tracked either.  Clearing
 * the list frees all of them by reference counting. */
const long EXPECTED_UNREACHABLE_3 = 1;

/* Heap 4: nothing.  The dict stores a container, so it is tracked, and our
 * reference to it leads to the list, which leads to n; the class is held by
 * us. */
const long EXPECTED_UNREACHABLE_4 = 0;

/* Heap 5: the instance and its class: once we drop the class, only the
 * instance holds it. */
const long EXPECTED_UNREACHABLE_5 = 2;

/* Heap 6: a, b, c, the dict (tracked: it stores the list e) and e (a list,
 * tracked from its creation even when empty). */
const long EXPECTED_UNREACHABLE_6 = 5;

/* What surprises most, measured: heap 1 (the collector never sees b) and
 * heap 3 (an untracked dict is freed with the garbage, but not counted). */
