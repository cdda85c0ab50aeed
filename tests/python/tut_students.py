# Chapter 2 (the runner): student records: sorting by several keys,
# grouping, enumerate, zip and formatted output.
students = [("ana", 91, "b"), ("bo", 78, "a"), ("cy", 91, "a"), ("di", 65, "b")]
ranked = sorted(students, key=lambda s: (-s[1], s[0]))
for place, (name, score, group) in enumerate(ranked, start=1):
    print(f"{place}. {name.capitalize():<4} {score:>3} {'*' * (score // 20)}")
groups = {}
for name, score, group in students:
    groups.setdefault(group, []).append(score)
for group, scores in sorted(groups.items()):
    print(group, scores, sum(scores) // len(scores), max(scores), min(scores))
names, scores, _ = zip(*students)
print(names, scores)
print(dict(zip(names, scores)))
print(all([s > 60 for s in scores]), any([s == 100 for s in scores]))
print(sorted({g for _, _, g in students}))
best = max(students, key=lambda s: s[1])
print(best, sum(scores) // len(scores), divmod(sum(scores), 7) if False else sum(scores) % 7)
