# costs.gp: the plot of costs.c's collection tables.  Chapter 3 (shown by
# the appendix "What it costs").  Two panels, nanoseconds per object against
# the heap's size, both on log scales: a full collection of a live heap,
# and reclaiming cyclic garbage, each with the bare walk of the same
# objects below it.  Ours solid, CPython's dashed, one colour per heap.  Lines only:
# point markers come out as SVG that WeasyPrint cannot draw.
# Usage: gnuplot -e "data='DIR/costs.tsv'; output='DIR/costs.svg'" costs.gp

set terminal svg size 900,460 dashed noenhanced font "sans,12" background "white"
set encoding utf8
set output output

set logscale xy
set grid xtics ytics
set xlabel "objects in the heap (N)"
set key top left box opaque font ",10"
# 10⁴ to 10⁷, in Unicode superscripts that every SVG viewer shows.
set xtics ("10⁴" 1e4, "10⁵" 1e5, "10⁶" 1e6, "10⁷" 1e7)
# Room above the lines for the key.
set offsets graph 0.03, graph 0.03, graph 0.35, 0

# Columns of costs.tsv: N, then ours and CPython's for list, graph, pairs,
# rings of 100, one ring, then the bare walks of the list, the pairs, the
# rings of 100 and the one ring.
list = 2; graph = 4; pairs = 6; rings = 8; ring = 10; walk = 12
pairs_walk = 13; rings_walk = 14

set multiplot layout 1,2
set title "A full collection of a live heap"
set ylabel "ns per object (median)"
plot data using 1:list with lines lw 2 dt 1 lc rgb "#1f6fb4" title "ours: a list", \
     ''   using 1:(column(list + 1)) with lines lw 2 dt 2 lc rgb "#1f6fb4" title "CPython: a list", \
     ''   using 1:graph with lines lw 2 dt 1 lc rgb "#d4731c" title "ours: a random graph", \
     ''   using 1:(column(graph + 1)) with lines lw 2 dt 2 lc rgb "#d4731c" title "CPython: a random graph", \
     ''   using 1:walk with lines lw 2 dt 3 lc rgb "#555555" title "the bare walk (ours)"

set title "Reclaiming cyclic garbage"
set ylabel ""
plot data using 1:pairs with lines lw 2 dt 1 lc rgb "#2f9e44" title "ours: pairs", \
     ''   using 1:(column(pairs + 1)) with lines lw 2 dt 2 lc rgb "#2f9e44" title "CPython: pairs", \
     ''   using 1:rings with lines lw 2 dt 1 lc rgb "#9c36b5" title "ours: rings of 100", \
     ''   using 1:(column(rings + 1)) with lines lw 2 dt 2 lc rgb "#9c36b5" title "CPython: rings of 100", \
     ''   using 1:ring with lines lw 2 dt 1 lc rgb "#c92a2a" title "ours: one ring", \
     ''   using 1:(column(ring + 1)) with lines lw 2 dt 2 lc rgb "#c92a2a" title "CPython: one ring", \
     ''   using 1:pairs_walk with lines lw 2 dt 3 lc rgb "#2f9e44" title "bare walk: pairs (ours)", \
     ''   using 1:rings_walk with lines lw 2 dt 3 lc rgb "#9c36b5" title "bare walk: rings of 100 (ours)"
unset multiplot
