import threading

b = threading.Barrier(2)
b.abort()
print("broken:", b.broken)
b.reset()
print("broken after reset:", b.broken)
res = []

def w():
    res.append(b.wait())

t = threading.Thread(target=w)
t.start()
res.append(b.wait())
t.join()
print(sorted(res), b.broken, b.n_waiting)
