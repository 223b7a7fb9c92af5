import queue

graph = {"A": ["B", "C"], "B": ["D"], "C": ["E", "F"], "D": [], "E": [], "F": []}
stack = queue.LifoQueue()
stack.put("A")
seen, order = set(), []
while not stack.empty():
    node = stack.get()
    if node in seen:
        continue
    seen.add(node)
    order.append(node)
    for nxt in reversed(graph[node]):
        stack.put(nxt)
print(" -> ".join(order))
