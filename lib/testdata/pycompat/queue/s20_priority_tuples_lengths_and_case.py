import queue

q = queue.PriorityQueue()
for x in [(1, 0), (1,), (0, 5, 5), (0, 5), (), (0, 4, 9), (1, -1)]:
    q.put(x)
print([q.get() for _ in range(7)])
s = queue.PriorityQueue()
for x in [("b",), ("B",), ("a", "z"), ("a",), ("é",), ("z", "")]:
    s.put(x)
print([s.get() for _ in range(6)])
p = queue.PriorityQueue()
for w in ["pear", "Pear", "apple", "Apple", "éclair", "zebra", ""]:
    p.put(w)
print([p.get() for _ in range(7)])
