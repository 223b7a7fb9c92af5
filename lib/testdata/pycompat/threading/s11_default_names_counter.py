import threading

def f():
    pass
ts = [threading.Thread(target=f) for _ in range(2)]
named = threading.Thread(target=f, name="custom")
anon = threading.Thread()
print([t.name for t in ts], named.name, anon.name)
for t in ts + [named, anon]:
    t.start()
    t.join()
print(threading.Thread(target=f).name)
