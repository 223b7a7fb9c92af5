import threading, re

t = threading.Timer(0.01, lambda: None)
print(t)
t.start()
t.join()
print(re.sub(r" \d+\)", " N)", repr(t)))
u = threading.Timer(0.01, print, args=("hi",))
u.name = "tick"
u.start()
u.join()
