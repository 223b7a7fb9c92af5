import threading

seen = []


def action():
    seen.append((b.n_waiting, b.broken, b.parties, threading.current_thread().name))


b = threading.Barrier(3, action=action)
threads = [threading.Thread(target=b.wait, name="w%d" % i) for i in range(2)]
for t in threads:
    t.start()
while b.n_waiting < 2:
    pass
print("waiting before the last:", b.n_waiting)
print("main gets index", b.wait())
for t in threads:
    t.join()
print(seen)
print("after the round:", b.n_waiting, b.broken)
