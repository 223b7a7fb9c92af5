import queue

graph = {"A": ["B", "C"], "B": ["D", "E"], "C": ["F"], "D": [], "E": ["F"], "F": []}
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
print(order)
fifo = queue.Queue()
fifo.put("A")
seen, order = {"A"}, []
while not fifo.empty():
    node = fifo.get()
    order.append(node)
    for nxt in graph[node]:
        if nxt not in seen:
            seen.add(nxt)
            fifo.put(nxt)
print(order)
