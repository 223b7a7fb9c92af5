import queue

q = queue.LifoQueue()
for x in ["a", "b", "c"]:
    q.put(x)
print(q.qsize())
while not q.empty():
    print(q.get())
