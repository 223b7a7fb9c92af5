import threading

fired = []
t = threading.Timer(10.0, lambda: fired.append("late"))
t.start()
print(t.is_alive())
t.cancel()
t.join()
print(t.is_alive(), fired)
t2 = threading.Timer(0.01, lambda: fired.append("soon"))
t2.start()
t2.join()
print(fired)
print(t2.name.startswith("Thread-"))
