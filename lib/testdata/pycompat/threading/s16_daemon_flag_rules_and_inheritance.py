import threading

out = []
gate = threading.Event()


def parent():
    child = threading.Thread(target=lambda: None)
    out.append(("child of daemon", child.daemon))
    child2 = threading.Thread(target=lambda: None, daemon=False)
    out.append(("explicit False", child2.daemon))


d = threading.Thread(target=parent, daemon=True)
d.start()
d.join()
print(out)
print("main:", threading.current_thread().daemon, threading.Thread().daemon)
t = threading.Thread(target=gate.wait)
t.daemon = True
t.daemon = False
print("set twice before start:", t.daemon, t.isDaemon())
t.start()
try:
    t.daemon = True
except RuntimeError as e:
    print("RuntimeError:", e)
gate.set()
t.join()
