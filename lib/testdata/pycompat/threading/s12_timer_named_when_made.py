import threading

def f():
    pass

t1 = threading.Timer(5, f)
t2 = threading.Thread(target=f)
print(t2.name)
t3 = threading.Timer(5, f)
print(t1.name, t3.name)
for t in (t1, t3):
    t.cancel()
