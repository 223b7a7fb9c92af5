import threading

fired = []
gate = threading.Event()
t1 = threading.Timer(0.05, lambda: fired.append("t1"))
t2 = threading.Timer(60, lambda: fired.append("t2"))
t1.start(); t2.start()
t2.cancel()
t1.join()
t2.join()
print(fired, t1.is_alive(), t2.is_alive())
t1.cancel()
print(fired)
t3 = threading.Timer(60, lambda: fired.append("t3"))
t3.cancel()
t3.start()
t3.join()
print(fired, t3.is_alive())
