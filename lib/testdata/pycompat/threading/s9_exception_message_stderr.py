# pycompat: stderr
import threading

def bad():
    raise RuntimeError("in thread")

t = threading.Thread(target=bad, name="T1")
t.start()
t.join()
print("after")
