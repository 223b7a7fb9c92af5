import threading

class L(threading.local):
    def __init__(self):
        self.n = 0

loc = L()
out = []
lock = threading.Lock()

def w(i):
    loc.n += i
    with lock:
        out.append(loc.n)

ts = [threading.Thread(target=w, args=(i,)) for i in (1, 2, 3)]
for t in ts:
    t.start()
    t.join()
loc.n += 10
print(out, loc.n)
plain = threading.local()
try:
    plain.x
except AttributeError as e:
    print("AttributeError:", e)
plain.x = 1
del plain.x
print(getattr(plain, "x", "gone"))
