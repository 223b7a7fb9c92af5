import threading

def worker():
    pass

a = threading.Thread(target=worker)
b = threading.Thread()
print(a.name)
print(b.name)
print(a)
a.start()
a.join()
print(a.name, b.name)
