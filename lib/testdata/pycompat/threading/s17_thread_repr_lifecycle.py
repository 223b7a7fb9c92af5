import re
import threading

ev = threading.Event()
t = threading.Thread(target=ev.wait, name="life", daemon=True)
mask = lambda s: re.sub(r"\d+\)>", "N)>", s)
print(mask(repr(t)))
t.start()
print(mask(repr(t)))
ev.set()
t.join()
print(mask(repr(t)))
print(mask(repr(threading.main_thread())))
