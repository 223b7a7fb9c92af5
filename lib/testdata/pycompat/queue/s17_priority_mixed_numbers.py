import queue

p = queue.PriorityQueue()
for x in [3, 1.5, -2, 0, 2.25, 10, -0.5]:
    p.put(x)
out = []
while not p.empty():
    out.append(p.get())
print(out)
