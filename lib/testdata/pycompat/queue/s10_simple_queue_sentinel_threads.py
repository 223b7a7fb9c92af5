import queue, threading

sq = queue.SimpleQueue()
out = queue.SimpleQueue()

def worker(name):
    while True:
        item = sq.get()
        if item is None:
            out.put((name, "stop"))
            return
        out.put((name, item.upper()))

ts = [threading.Thread(target=worker, args=("w%d" % i,)) for i in range(2)]
for t in ts:
    t.start()
for w in ["alpha", "beta", "gamma"]:
    sq.put(w)
sq.put(None)
sq.put(None)
for t in ts:
    t.join()
res = []
while not out.empty():
    res.append(out.get())
print(sorted(r[1] for r in res), out.qsize(), sq.empty())
try:
    sq.get(block=False)
except queue.Empty:
    print("Empty")
