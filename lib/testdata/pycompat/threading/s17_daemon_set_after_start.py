import threading

ev = threading.Event()
t = threading.Thread(target=ev.wait, name="d")
print(t.daemon)
t.daemon = True
print(t.daemon)
t.start()
try:
    t.daemon = False
except RuntimeError as e:
    print("RuntimeError:", e)
print(t.daemon)
ev.set()
t.join()
t2 = threading.Thread(target=lambda: None)
t2.daemon = False
print(t2.daemon)
