import threading

out = []
t = threading.Timer(0, out.append, args=["zero"])
t.start()
t.join()
u = threading.Timer(0.001, lambda x, y: out.append(x + y), args=(1,), kwargs={"y": 2})
u.start()
u.join()
print(out)
