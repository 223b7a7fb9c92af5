import threading

calls = []
t = threading.Timer(30, lambda: calls.append(1))
t.start()
print(t.is_alive())
t.cancel()
t.join()
print(calls, t.is_alive())
