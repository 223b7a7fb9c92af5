import threading

e = threading.Event()
t = threading.Timer(0.02, e.set)
t.start()
print(e.wait(5))
t.join()
print(e.is_set())
