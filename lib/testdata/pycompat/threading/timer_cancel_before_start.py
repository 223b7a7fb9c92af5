import threading

calls = []
t = threading.Timer(0.01, lambda: calls.append(1))
t.cancel()
t.start()
t.join()
print(calls, t.is_alive())
