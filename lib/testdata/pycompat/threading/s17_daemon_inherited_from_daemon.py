import threading

res = []

def inner():
    res.append(("inner", threading.current_thread().daemon))

def outer():
    t = threading.Thread(target=inner)
    res.append(("outer", threading.current_thread().daemon, t.daemon))
    t.start()
    t.join()
    u = threading.Thread(target=inner, daemon=False)
    res.append(("explicit", u.daemon))

o = threading.Thread(target=outer, daemon=True)
o.start()
o.join()
for r in res:
    print(r)
print(threading.Thread(target=inner).daemon)
