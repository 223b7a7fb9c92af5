import threading, re

def worker():
    pass

t = threading.Thread(target=worker, name="w")
t.start()
t.join()
print(re.sub(r"\d+\)", "N)", repr(t)))
d = threading.Thread(target=worker, name="d", daemon=True)
print(repr(d))
d.start()
d.join()
print(re.sub(r" \d+\)", " N)", repr(d)))
