import threading

b = threading.Barrier(3)
got = {}
arrived = threading.Semaphore(0)
def w(name):
    arrived.release()
    got[name] = b.wait()

t1 = threading.Thread(target=w, args=("first",))
t1.start(); arrived.acquire()
while b.n_waiting < 1: pass
t2 = threading.Thread(target=w, args=("second",))
t2.start(); arrived.acquire()
while b.n_waiting < 2: pass
print("waiting:", b.n_waiting)
got["main"] = b.wait()
t1.join(); t2.join()
print(sorted(got.items()), b.n_waiting)
