import threading

fired = []
t = threading.Timer(0.0, lambda: fired.append(1))
t.start()
t.join()
t.cancel()
t.cancel()
print(fired, t.is_alive())
t2 = threading.Timer(5, lambda: fired.append(2))
t2.cancel()
t2.start()
t2.join()
print(fired, t2.is_alive())
