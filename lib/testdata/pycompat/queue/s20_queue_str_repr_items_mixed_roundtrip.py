import queue

q = queue.Queue()
items = [None, 0, "", [], {}, (1,), "zero", 0.0, False]
for x in items:
    q.put(x)
out = [q.get() for _ in items]
print(out == items, [type(x).__name__ for x in out])
print([x for x in out if x])
