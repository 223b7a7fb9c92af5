import threading

def worker():
    print("working")

t = threading.Thread(target=worker)
t.start()
t.join()
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)
