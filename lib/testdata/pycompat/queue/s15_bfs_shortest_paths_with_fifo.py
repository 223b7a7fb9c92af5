import queue

graph = {"A": ["B", "C"], "B": ["D"], "C": ["D", "E"], "D": ["F"], "E": ["F"], "F": []}
dist = {"A": 0}
q = queue.Queue()
q.put("A")
order = []
while not q.empty():
    node = q.get()
    order.append(node)
    for nxt in graph[node]:
        if nxt not in dist:
            dist[nxt] = dist[node] + 1
            q.put(nxt)
print(order)
print(dist)
