import threading

data = threading.local()
data.x = "main"
seen = []
lock = threading.Lock()

def w(i):
    print_has = hasattr(data, "x")
    data.x = i
    with lock:
        seen.append((i, print_has, data.x))

ts = [threading.Thread(target=w, args=(i,)) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(seen))
print(data.x)
del data.x
try:
    data.x
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(data, "x", None))
