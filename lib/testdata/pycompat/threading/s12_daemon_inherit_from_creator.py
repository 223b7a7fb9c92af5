import threading

out = {}
def inner():
    out["inner"] = threading.current_thread().daemon

def outer():
    t = threading.Thread(target=inner)
    out["child_before_start"] = t.daemon
    t.start(); t.join()
    u = threading.Thread(target=inner, daemon=False)
    out["explicit_false"] = u.daemon
    u.start(); u.join()

d = threading.Thread(target=outer, daemon=True)
d.start(); d.join()
print(sorted(out.items()))
out.clear()
n = threading.Thread(target=outer)
print(n.daemon, threading.main_thread().daemon)
n.start(); n.join()
print(sorted(out.items()))
try:
    n.daemon = True
except RuntimeError as e:
    print("RuntimeError:", e)
