import threading

data = threading.local()
out = []

def w():
    out.append(getattr(data, "v", "unset"))
    data.v = "thread"
    out.append(data.v)

data.v = "main"
t = threading.Thread(target=w)
t.start()
t.join()
print(out, data.v)
data.v = "changed"
t = threading.Thread(target=w)
t.start()
t.join()
print(out, data.v)
