import threading

ev = threading.Event()
d = threading.Thread(target=ev.wait, name="bg", daemon=True)
n = threading.Thread(target=ev.wait, name="fg")
d.start()
n.start()
print(sorted((t.name, t.daemon) for t in threading.enumerate()))
ev.set()
d.join()
n.join()
print([t.name for t in threading.enumerate()])
