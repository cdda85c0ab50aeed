/* A bad submission: the answers copied from the graded test file of an
 * earlier student pack, which showed them in plain sight, without a line of
 * reasoning or a measure. */
const long EXPECTED_UNREACHABLE_1 = 1, EXPECTED_UNREACHABLE_2 = 2,
           EXPECTED_UNREACHABLE_3 = 1, EXPECTED_UNREACHABLE_4 = 0,
           EXPECTED_UNREACHABLE_5 = 2, EXPECTED_UNREACHABLE_6 = 5;
