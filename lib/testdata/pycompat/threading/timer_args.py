import threading

got = []

def f(a, b, k=None):
    got.append((a, b, k))

t = threading.Timer(0.01, f, args=(1, "two"), kwargs={"k": 3.5})
t.start()
t.join()
t2 = threading.Timer(0.01, f, [4, 5])
t2.start()
t2.join()
print(got)
