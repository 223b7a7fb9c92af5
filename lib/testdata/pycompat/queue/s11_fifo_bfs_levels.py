import queue

graph = {1: [2, 3], 2: [4], 3: [4, 5], 4: [6], 5: [6], 6: []}
q = queue.Queue()
q.put((1, 0))
dist = {}
while not q.empty():
    node, d = q.get()
    if node in dist:
        continue
    dist[node] = d
    for n in graph[node]:
        q.put((n, d + 1))
print(dist)
