# Chapter 3 (generations): gc.set_threshold takes at most three thresholds
# One for each generation; nothing is changed.
import gc

gc.set_threshold(700, 10, 10, 10)
