import queue

p = queue.PriorityQueue()
for x in [(2, "b"), (1.0, "x"), (1, "a"), (0.5, "z")]:
    p.put(x)
while not p.empty():
    k, v = p.get()
    print(k, v)
