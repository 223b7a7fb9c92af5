import threading

data = threading.local()
data.x = 1
print(getattr(data, "x", None), hasattr(data, "y"))
del data.x
print(getattr(data, "x", "gone"))
try:
    data.x
except AttributeError as e:
    print("AttributeError:", e)
out = []
def w():
    out.append(hasattr(data, "x"))
    data.x = 5
    out.append(data.x)
data.x = 9
t = threading.Thread(target=w)
t.start()
t.join()
print(out, data.x)
