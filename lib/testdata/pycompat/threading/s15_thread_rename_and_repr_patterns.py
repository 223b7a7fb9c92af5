import re
import threading

gate = threading.Event()
t = threading.Thread(target=gate.wait, name="first")
norm = lambda s: re.sub(r"\d+", "N", repr(s))
print(norm(t))
t.start()
t.name = "renamed"
print(norm(t), t.name)
gate.set()
t.join()
print(norm(t))
d = threading.Thread(target=lambda: None, daemon=True, name="d")
d.start()
d.join()
print(norm(d))
