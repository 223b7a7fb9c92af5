import queue

q = queue.Queue()
for item in [None, [1, 2], {"k": "v"}, (3, 4), "text", 0, False]:
    q.put(item)
out = []
while not q.empty():
    out.append(q.get())
print(len(out), out[0] is None, out[-1] is False, out[1][1], out[2]["k"], out[3][0], out[4])
