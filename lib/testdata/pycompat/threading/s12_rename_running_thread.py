import threading

seen = []
go = threading.Event()
renamed = threading.Event()
def work():
    seen.append(threading.current_thread().name)
    go.set()
    renamed.wait()
    seen.append(threading.current_thread().name)

t = threading.Thread(target=work)
t.start()
go.wait()
t.name = "renamed-worker"
renamed.set()
t.join()
print(seen)
print(t.name, t.getName())
t.setName("again")
print(t.name)
