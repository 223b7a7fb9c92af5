import threading

runs = []
b = threading.Barrier(2, action=lambda: runs.append(threading.current_thread().name))
arrived = threading.Event()

def first():
    arrived.set()
    b.wait()

t = threading.Thread(target=first, name="early")
t.start()
arrived.wait()
while b.n_waiting < 1:
    pass
print(b.wait())
t.join()
print(runs)
