import threading

d = threading.local()
for name in ("a", "b", "c"):
    setattr(d, name, name.upper())
del d.b
print(hasattr(d, "a"), hasattr(d, "b"), getattr(d, "c", None), getattr(d, "b", "gone"))
try:
    del d.b
except AttributeError as e:
    print("AttributeError:", e)
out = {}
def w():
    out["thread"] = (hasattr(d, "a"), getattr(d, "a", None))
    d.a = "mine"
    out["after"] = d.a
t = threading.Thread(target=w)
t.start()
t.join()
print(out, d.a)
