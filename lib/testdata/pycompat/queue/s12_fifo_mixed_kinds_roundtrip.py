import queue
q = queue.Queue()
items = [None, True, 0, -1.5, "", "héllo", [1, 2], {"k": "v"}, (1, "a")]
for it in items:
    q.put(it)
out = [q.get() for _ in items]
print(out == items, all(a is b for a, b in zip(out, items)), q.qsize())
lst = out[6]
lst.append(3)
print(items[6])
