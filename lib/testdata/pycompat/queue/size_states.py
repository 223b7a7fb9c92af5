import queue

q = queue.Queue(maxsize=3)
print(q.maxsize, q.qsize(), q.empty(), q.full())
for i in range(3):
    q.put(i)
    print(q.qsize(), q.empty(), q.full())
while not q.empty():
    print(q.get(), q.qsize(), q.full())
