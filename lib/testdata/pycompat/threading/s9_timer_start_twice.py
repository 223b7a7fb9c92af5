import threading

t = threading.Timer(0.01, lambda: print("fired"))
t.start()
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)
t.join()
