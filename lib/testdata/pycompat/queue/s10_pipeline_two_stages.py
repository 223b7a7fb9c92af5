import queue, threading

raw = queue.Queue()
cooked = queue.Queue()

def stage1():
    while (x := raw.get()) is not None:
        cooked.put(x * 10)
    cooked.put(None)

def stage2(out):
    while (x := cooked.get()) is not None:
        out.append(x + 1)

out = []
a = threading.Thread(target=stage1)
b = threading.Thread(target=stage2, args=(out,))
a.start(); b.start()
for i in range(5):
    raw.put(i)
raw.put(None)
a.join(); b.join()
print(out)
