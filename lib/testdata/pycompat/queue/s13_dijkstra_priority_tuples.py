import queue

graph = {"A": [("B", 4), ("C", 1)], "B": [("D", 1)], "C": [("B", 2), ("D", 5)], "D": []}
dist = {"A": 0}
pq = queue.PriorityQueue()
pq.put((0, "A"))
order = []
while not pq.empty():
    d, node = pq.get()
    if d > dist.get(node, float("inf")):
        continue
    order.append((node, d))
    for nxt, w in graph[node]:
        nd = d + w
        if nd < dist.get(nxt, float("inf")):
            dist[nxt] = nd
            pq.put((nd, nxt))
print(order)
print(sorted(dist.items()))
