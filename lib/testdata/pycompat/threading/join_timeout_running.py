import threading

go = threading.Event()
t = threading.Thread(target=go.wait)
t.start()
print(t.join(0.01), t.is_alive())
print(t.join(timeout=0), t.is_alive())
go.set()
print(t.join(5), t.is_alive())
print(t.join(), t.join(0))
