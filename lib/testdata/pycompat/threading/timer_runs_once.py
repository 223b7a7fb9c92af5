import threading

calls = []
t = threading.Timer(0.01, lambda: calls.append("fired"))
print(t.is_alive())
t.start()
t.join()
print(calls, t.is_alive())
t.cancel()
print(calls)
