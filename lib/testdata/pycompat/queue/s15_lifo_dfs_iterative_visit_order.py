import queue

graph = {1: [2, 3], 2: [4, 5], 3: [6], 4: [], 5: [6], 6: []}
stack = queue.LifoQueue()
stack.put(1)
seen = set()
order = []
while not stack.empty():
    n = stack.get()
    if n in seen:
        continue
    seen.add(n)
    order.append(n)
    for m in graph[n]:
        stack.put(m)
print(order, stack.qsize())
