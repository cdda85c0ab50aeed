# Chapter 2 (the runner): reading slices of lists, tuples and strs
# a[i:j:k] copies the chosen items into a new object of the same type; the
# bounds may be omitted, negative or past either end, and the step negative.
letters = ["a", "b", "c", "d", "e", "f"]
print(letters[1:3], letters[:2], letters[4:], letters[:], letters[::2])
print(letters[-2:], letters[:-1], letters[::-1], letters[5:1:-2], letters[-1:-4:-1])
print(letters[100:], letters[-100:2], letters[3:1], letters[1:3:100])
point = (3, 4, 5)
print(point[1:], point[::-1], point[:0], point[-1:])
word = "garbage"
print(word[:3], word[3:], word[::-1], word[1::2], word[-3:])
accents = "héllo wörld"
print(accents[1:5], accents[::-1], accents[-5:])
copy = letters[:]
print(copy == letters, copy is letters)
print(type(letters[1:2]).__name__, type(point[1:2]).__name__, type(word[1:2]).__name__)
