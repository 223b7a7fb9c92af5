import threading

# pycompat: stderr

def work():
    raise OSError("disk full")

t = threading.Thread(target=work)
t.start()
t.join()
t2 = threading.Thread(target=work)
t2.start()
t2.join()
print(t.name, t2.name)
