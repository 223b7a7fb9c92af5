import threading

fired = []
t = threading.Timer(10, lambda: fired.append(1))
print(t.is_alive())
t.start()
print(t.is_alive())
t.cancel()
t.join()
print(t.is_alive(), fired, t.finished.is_set())
t.cancel()
print("cancel twice ok")
