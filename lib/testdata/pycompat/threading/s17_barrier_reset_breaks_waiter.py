import threading

b = threading.Barrier(2)
res = []

def w():
    try:
        b.wait(30)
        res.append("passed")
    except threading.BrokenBarrierError:
        res.append("broken")

t = threading.Thread(target=w)
t.start()
while b.n_waiting == 0:
    pass
b.reset()
t.join()
print(res, b.broken, b.n_waiting)
t = threading.Thread(target=w)
t.start()
print(b.wait(30) in (0, 1))
t.join()
print(res)
