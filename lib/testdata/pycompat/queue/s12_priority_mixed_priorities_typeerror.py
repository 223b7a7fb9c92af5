import queue
pq = queue.PriorityQueue()
pq.put((1, "a"))
for bad in [("1", "b"), (None, "c")]:
    try:
        pq.put(bad)
    except TypeError as e:
        print("TypeError:", e)
print(pq.qsize())
