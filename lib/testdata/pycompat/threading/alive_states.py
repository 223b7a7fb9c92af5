import threading

go = threading.Event()
t = threading.Thread(target=go.wait)
states = [t.is_alive()]
t.start()
states.append(t.is_alive())
go.set()
t.join()
states.append(t.is_alive())
print(states)
print(t in threading.enumerate())
