import queue

q = queue.Queue()
for x in [1, "two", 3.5, None, True, [6], (7, 8)]:
    q.put(x)
out = []
while not q.empty():
    out.append(type(q.get()).__name__)
print(out)
