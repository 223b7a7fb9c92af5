import threading

def bad():
    raise ValueError("bad value 42")

t = threading.Thread(target=bad, name="calc")
t.start()
t.join()
print("main continues", t.is_alive())
# pycompat: stderr
