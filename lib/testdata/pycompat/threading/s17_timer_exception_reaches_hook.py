import threading

seen = []
threading.excepthook = lambda a: seen.append((a.exc_type.__name__, str(a.exc_value), a.thread.name))

def boom():
    raise OSError("timer failed")

t = threading.Timer(0.01, boom)
t.name = "tick"
t.start()
t.join()
print(seen, t.is_alive())
