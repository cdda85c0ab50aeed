# young_collection.gp: the plot of young_collection's first table.  Chapter 3.
# A bar per heap size: the median time of a collection of generation 0, with
# the quartiles as whiskers.  Bars, not a line: the x values (0, 10^5, 10^6)
# are three cases, and 0 has no place on a log scale.
# Usage: gnuplot -e "data='DIR/young_collection.tsv'; output='DIR/young_collection.svg'" young_collection.gp

set terminal svg size 640,400 noenhanced font "sans,13" background "white"
set encoding utf8
set output output

set xlabel "old objects alive, in generation 2"
set ylabel "µs per collection (bar: median; whiskers: quartiles)"
set yrange [0:*]
set offsets 0.5, 0.5, graph 0.08, 0
set grid ytics
set key off
set boxwidth 0.6
set style fill solid 0.5 border -1

# 10⁵ and 10⁶, in Unicode superscripts that every SVG viewer shows.
superscript(d) = word("⁰ ¹ ² ³ ⁴ ⁵ ⁶ ⁷ ⁸ ⁹", d + 1)
power_of_ten(n) = n == 0 ? "0" : "10" . superscript(int(log10(n) + 0.5))

# The whiskers are drawn as vectors, not yerrorbars: those come with point
# markers whose SVG (<use> with currentColor) WeasyPrint cannot draw.
plot data using 0:2:xtic(power_of_ten($1)) with boxes lc rgb "#4a7ab5", \
     ''   using 0:3:(0):($4 - $3) with vectors heads size screen 0.008,90 lc rgb "black", \
     ''   using 0:($2 / 2):(sprintf("%.1f µs", $2)) with labels textcolor rgb "white"
