import re
import threading

gate = threading.Event()
t = threading.Thread(target=gate.wait, args=(30,), name="bg", daemon=True)
print(t.daemon, t.is_alive(), repr(t))
t.start()
print(t.daemon, t.is_alive(), re.sub(r"\d+", "N", repr(t)))
gate.set()
t.join()
print(t.daemon, t.is_alive(), re.sub(r"\d+", "N", repr(t)))
