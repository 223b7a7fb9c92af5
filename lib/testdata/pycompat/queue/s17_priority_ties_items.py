import queue

p = queue.PriorityQueue()
for item in [(2, "b"), (1, "z"), (1, "a"), (2, "a"), (0, "m"), (1, "m")]:
    p.put(item)
while not p.empty():
    pr, v = p.get()
    print(pr, v)
