import queue

lists = [[1, 4, 9], [2, 3, 10], [0, 5]]
pq = queue.PriorityQueue()
for li, xs in enumerate(lists):
    pq.put((xs[0], li, 0))
merged = []
while not pq.empty():
    v, li, i = pq.get()
    merged.append(v)
    if i + 1 < len(lists[li]):
        pq.put((lists[li][i + 1], li, i + 1))
print(merged)
