import threading

fired = []
t = threading.Timer(0.01, lambda: fired.append(1))
t.cancel()
t.start()
t.join()
print(fired, t.is_alive(), t.finished.is_set())
t2 = threading.Timer(0.01, lambda x, y=0: fired.append(x + y), args=(2,), kwargs={"y": 3})
t2.start()
t2.join()
print(fired, t2.finished.is_set())
t2.cancel()
print(fired)
