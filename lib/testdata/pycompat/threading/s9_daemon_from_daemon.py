import threading

out = []

def inner():
    out.append(("inner", threading.current_thread().daemon))

def outer():
    t = threading.Thread(target=inner)
    t.start()
    t.join()
    out.append(("outer", threading.current_thread().daemon))

d = threading.Thread(target=outer, daemon=True)
d.start()
d.join()
n = threading.Thread(target=outer)
n.start()
n.join()
print(out)
