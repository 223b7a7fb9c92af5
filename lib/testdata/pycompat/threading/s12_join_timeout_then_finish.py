import threading
gate = threading.Event()
t = threading.Thread(target=gate.wait, name="slow")
t.start()
print(t.join(timeout=0.02), t.is_alive())
gate.set()
print(t.join(timeout=5), t.is_alive())
t.join()
print("joined twice fine")
