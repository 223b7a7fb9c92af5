import queue

q = queue.LifoQueue(3)
print(q.maxsize, q.qsize(), q.empty(), q.full())
for i in range(1, 4):
    q.put(i * 11)
    print("put", i * 11, q.qsize(), q.empty(), q.full())
while not q.empty():
    v = q.get()
    print("get", v, q.qsize(), q.empty(), q.full())
