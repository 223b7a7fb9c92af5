import threading

e = threading.Event()
print(e.is_set(), e.wait(0), e.wait(0.05))
go = threading.Event()


def setter():
    go.wait()
    e.set()


t = threading.Thread(target=setter)
t.start()
go.set()
print(e.wait(10), e.is_set())
t.join()
e.clear()
print(e.is_set(), e.wait(timeout=0.01))
e.set()
e.set()
print(e.wait(), e.wait(0))
