import threading

go = threading.Event()
names = []

def w():
    go.wait()
    names.append(threading.current_thread().name)

t = threading.Thread(target=w, name="first")
t.name = "second"
t.start()
print(t.name, t.name)
t.name = "third"
go.set()
t.join()
print(names, t.name)
print(repr(t).startswith("<Thread(third, stopped "))
