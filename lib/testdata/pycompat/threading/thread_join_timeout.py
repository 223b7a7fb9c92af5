import threading

stop = threading.Event()
t = threading.Thread(target=stop.wait)
t.start()
t.join(0.05)
print(t.is_alive())
stop.set()
t.join()
print(t.is_alive())
