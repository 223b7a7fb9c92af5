import threading

go = threading.Event()
t = threading.Thread(target=go.wait)
t.start()
print(t.join(0), t.is_alive())
print(t.join(timeout=0.05), t.is_alive())
go.set()
print(t.join(None), t.is_alive())
print(t.join(0), t.is_alive())
