import queue, threading

q = queue.Queue(maxsize=3)
def produce(tag):
    for i in range(5):
        q.put("%s%d" % (tag, i))
ps = [threading.Thread(target=produce, args=(t,)) for t in "xy"]
for p in ps:
    p.start()
got = [q.get() for _ in range(10)]
for p in ps:
    p.join()
print(sorted(got), q.full(), q.empty())
print([g for g in got if g[0] == "x"])
