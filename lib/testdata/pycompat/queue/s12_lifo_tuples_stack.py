import queue
s = queue.LifoQueue()
for t in [(1, "a"), (2, "b"), (3, "c")]:
    s.put(t)
print(s.qsize(), s.get(), s.get())
s.put((9, "z"))
print(s.get(), s.get(), s.empty())
