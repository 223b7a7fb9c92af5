import queue

q = queue.Queue()
q.put(None)
q.put(0)
q.put("")
print(q.qsize())
print(q.get(), q.get(), repr(q.get()))
