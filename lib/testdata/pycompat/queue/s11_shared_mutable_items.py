import queue

q = queue.Queue()
box = {"n": 1}
q.put(box)
box["n"] = 2
got = q.get()
print(got is box, got["n"])
got["n"] = 3
print(box["n"])
