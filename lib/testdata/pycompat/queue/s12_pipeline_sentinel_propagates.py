import queue, threading
raw, cooked = queue.Queue(), queue.Queue()
def stage1():
    while (x := raw.get()) is not None:
        cooked.put(x.upper())
    cooked.put(None)
out = []
def stage2():
    while (x := cooked.get()) is not None:
        out.append(x + "!")
ts = [threading.Thread(target=stage1), threading.Thread(target=stage2)]
for t in ts: t.start()
for w in ["go", "is", "fun"]:
    raw.put(w)
raw.put(None)
for t in ts: t.join()
print(out, raw.qsize(), cooked.qsize())
