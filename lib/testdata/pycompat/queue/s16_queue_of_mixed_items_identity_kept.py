import queue

q = queue.Queue()
items = [{"a": 1}, [1, 2], (3, 4), None, "text", 2.5]
for it in items:
    q.put(it)
got = [q.get() for _ in items]
print(got)
got[0]["a"] = 99
print("shared, not copied:", items[0])
