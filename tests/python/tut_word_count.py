# Chapter 2 (the runner): counting words in a text, the first program of
# many tutorials: split, strip, lower, dict counts, sorting, formatting.
text = """The quick brown fox jumps over the lazy dog.
The dog sleeps; the fox runs!  Quick, quick: the end."""
counts = {}
for line in text.splitlines():
    for word in line.split():
        word = word.strip(".,;:!?").lower()
        if word:
            counts[word] = counts.get(word, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
for word, n in top:
    print(f"{word:>8} {'#' * n} {n}")
print(len(counts), sum(counts.values()), max(counts, key=len))
letters = {}
for ch in text.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
print("".join(sorted(letters)), sorted(letters.items(), key=lambda kv: -kv[1])[:3])
print(text.count("the"), text.lower().count("the"), text.find("fox"), text.rfind("fox"))
print(text.title().split()[:4], text.replace("\n", " / ")[:30])
print(" ".join(reversed(text.split()[:4])), text.partition(".")[0].swapcase())
