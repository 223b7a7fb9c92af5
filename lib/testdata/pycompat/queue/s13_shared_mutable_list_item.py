import queue

q = queue.Queue()
box = [1, 2]
q.put(box)
box.append(3)
got = q.get()
print(got, got is box)
got.append(4)
print(box)
lq = queue.LifoQueue()
d = {"n": 0}
lq.put(d); lq.put(d)
lq.get()["n"] += 1
lq.get()["n"] += 1
print(d)
