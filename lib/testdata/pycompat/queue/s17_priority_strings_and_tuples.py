import queue

p = queue.PriorityQueue()
for s in ["pear", "apple", "Zebra", "apple", "banana", ""]:
    p.put(s)
print([p.get() for _ in range(p.qsize())])
p = queue.PriorityQueue()
for t in [(1, 2, "x"), (1, 1, "y"), (0, 9, "z"), (1, 1, "a")]:
    p.put(t)
while not p.empty():
    a, b, c = p.get()
    print(a, b, c)
