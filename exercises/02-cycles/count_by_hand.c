/* Chapter 2 exercise count_by_hand.  Answer a question by reasoning, then
 * check your reasoning by measuring.  Graded by tests/exercises/02-cycles/
 * test_count_by_hand.c: run `make grade CH=2`; `make hint EX=count_by_hand`
 * gives a hint at a time.
 *
 * gc_collect() returns how many objects it found unreachable.  For each heap
 * below, what does it return?  Each heap is built in a program of its own,
 * where nothing else exists, exactly as described, with the runtime of src/
 * (lists, dicts, classes and instances, ints and strs); then gc_collect()
 * is called once.  "You hold" a reference means the program still has it in
 * a variable when the collector runs; "you drop" one means a decref.
 *
 *   Heap 1.  Two lists a and c, each holding itself, and a list b that
 *            holds both.  You drop b, then a and c.
 *
 *   Heap 2.  A class Node, and three instances of it, x, y and z, in a
 *            ring: x's attribute "next" is y, y's is z and z's is x.  You
 *            drop x, y and z, and hold the class.
 *
 *   Heap 3.  Two lists l and m that hold each other; l also holds the str
 *            "payload" and a dict {"one": 1, "two": 2} (str keys, int
 *            values).  You drop both lists, the str, the dict and the
 *            ints.
 *
 *   Heap 4.  A class Node; an instance n of it whose attribute "items" is
 *            a list that holds n; and a dict {"items": that list}.  Then
 *            the same again without the dict: an instance o whose
 *            attribute "items" is a second list, which holds o.  You drop
 *            n, o and both lists, and hold the class and the dict.
 *
 *   Heap 5.  A class Node, and two instances of it, each holding itself
 *            in its attribute "me".  You drop both instances, then the
 *            class.
 *
 *   Heap 6.  Four lists a, b, c and d in a cycle: a holds b, b holds c, c
 *            holds d, d holds a.  b also holds a dict {"e": e}, where e is
 *            a new, empty list.  You drop everything.
 *
 * Reason first: write your answer to each in place of its -1 below, with a
 * line of why, before you run anything.  Then measure (the hints show how)
 * and grade.  Not graded, but the point of the exercise: where your
 * reasoning and the collector disagreed, write down which of the two was
 * wrong, and why.
 *
 * (The graded tests build these heaps, but they hold the right answers
 * only as digests: the way to know a count is to reason, then to measure.) */

/* TODO: replace each -1 with your answer, and say why. */

/* Heap 1: */
const long EXPECTED_UNREACHABLE_1 = -1;

/* Heap 2: */
const long EXPECTED_UNREACHABLE_2 = -1;

/* Heap 3: */
const long EXPECTED_UNREACHABLE_3 = -1;

/* Heap 4: */
const long EXPECTED_UNREACHABLE_4 = -1;

/* Heap 5: */
const long EXPECTED_UNREACHABLE_5 = -1;

/* Heap 6: */
const long EXPECTED_UNREACHABLE_6 = -1;

/* TODO: where the measure surprised me, and why: */
