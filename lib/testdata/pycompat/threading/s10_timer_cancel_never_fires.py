import threading

fired = []
t = threading.Timer(30, lambda: fired.append(1))
t.start()
print(t.is_alive())
t.cancel()
t.join()
print(t.is_alive(), fired)
t2 = threading.Timer(0.01, lambda x, y: fired.append(x + y), args=(2, 3))
t2.start()
t2.join()
t2.cancel()
print(fired)
