import queue

pq = queue.PriorityQueue()
pq.put((1, None))
for item in ((2, None), (1, None), (1, "x")):
    try:
        pq.put(item)
        print("put", item, "size", pq.qsize())
    except TypeError as e:
        print("put", item, "TypeError:", e)
out = []
while not pq.empty():
    try:
        out.append(pq.get_nowait())
    except TypeError as e:
        out.append("TypeError")
        break
print(out)
