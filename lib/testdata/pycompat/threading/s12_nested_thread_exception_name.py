import threading

# pycompat: stderr

def inner():
    raise ValueError("inner failed")

def outer():
    t = threading.Thread(target=inner)
    t.start()
    t.join()
    print("outer saw inner end:", t.is_alive())

o = threading.Thread(target=outer, name="outer")
o.start()
o.join()
print("main done")
