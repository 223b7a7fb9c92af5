import queue

q = queue.Queue()
ql = []
for i in range(5):
    q.put(i)
while not q.empty():
    ql.append(q.get())
print(ql)
q = queue.LifoQueue()
ql = []
for i in range(5):
    q.put(i)
while not q.empty():
    ql.append(q.get())
print(ql)
q = queue.PriorityQueue()
for i in [3, 0, 4, 1, 2]:
    q.put(i)
print([q.get() for _ in range(q.qsize())])
