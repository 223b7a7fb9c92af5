import queue, threading

raw, cooked = queue.Queue(), queue.Queue()
def stage1():
    while True:
        x = raw.get()
        if x is None:
            cooked.put(None)
            return
        cooked.put(x.upper())

def stage2(out):
    while True:
        x = cooked.get()
        if x is None:
            return
        out.append(x + "!")

out = []
ts = [threading.Thread(target=stage1), threading.Thread(target=stage2, args=(out,))]
for t in ts:
    t.start()
for w in ["a", "bb", "ccc"]:
    raw.put(w)
raw.put(None)
for t in ts:
    t.join()
print(out, raw.qsize(), cooked.qsize())
