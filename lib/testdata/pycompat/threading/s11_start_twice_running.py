import threading

gate = threading.Event()
t = threading.Thread(target=gate.wait)
t.start()
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)
print(t.is_alive())
gate.set()
t.join()
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)
print(t.is_alive())
