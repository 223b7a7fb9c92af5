import queue

q = queue.Queue()
vals = [None, 0, "", [1, 2], {"a": 1}, 3.5, True]
for v in vals:
    q.put(v)
out = [q.get() for _ in vals]
print(out == vals, q.empty())
print(out[0], out[1], repr(out[2]), out[5], out[6])
