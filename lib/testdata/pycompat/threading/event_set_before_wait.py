import threading

e = threading.Event()
out = []

def w(i):
    out.append((i, e.wait(10)))

e.set()
ts = [threading.Thread(target=w, args=(i,)) for i in range(3)]
for t in ts:
    t.start()
    t.join()
print(out)
