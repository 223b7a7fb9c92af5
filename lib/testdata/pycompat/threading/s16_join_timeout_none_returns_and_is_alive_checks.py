import threading

gate = threading.Event()
t = threading.Thread(target=gate.wait, args=(30,))
t.start()
print("join(0.2) returns:", t.join(0.2), "alive:", t.is_alive())
print("join(0):", t.join(0), t.is_alive())
gate.set()
print("join():", t.join(), t.is_alive())
print("join again:", t.join(), t.join(0))
