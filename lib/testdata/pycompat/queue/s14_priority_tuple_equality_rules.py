import queue


def drain(pq):
    out = []
    while not pq.empty():
        out.append(pq.get())
    return out


pq = queue.PriorityQueue()
for item in [(1.0, "b"), (1, "a"), (True, "c"), (0.5, "z")]:
    pq.put(item)
print(drain(pq))
pq = queue.PriorityQueue()
for item in [(1, 2), (1,), (0, 9, 9), (1, 2, 0)]:
    pq.put(item)
print(drain(pq))
pq = queue.PriorityQueue()
for item in [((1, None), "b"), ((1, None), "a"), ((0, None), "c")]:
    pq.put(item)
print(drain(pq))
pq = queue.PriorityQueue()
pq.put((1, "a"))
try:
    pq.put((1, 2))
except TypeError as e:
    print("TypeError:", e)
pq = queue.PriorityQueue()
pq.put((1, 2))
try:
    pq.put((1, "a"))
except TypeError as e:
    print("TypeError:", e)
pq = queue.PriorityQueue()
pq.put(None)
try:
    pq.put(None)
except TypeError as e:
    print("TypeError:", e)
