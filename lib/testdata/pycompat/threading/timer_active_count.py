import threading

fired = threading.Event()
t = threading.Timer(30, fired.set)
before = threading.active_count()
t.start()
print(threading.active_count() - before, t in threading.enumerate())
t.cancel()
t.join()
print(threading.active_count() - before, fired.is_set())
t2 = threading.Timer(0.01, fired.set)
t2.start()
print(fired.wait(30))
t2.join()
