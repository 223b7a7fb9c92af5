import threading

a = threading.Thread(target=lambda: None)
b = threading.Thread(target=lambda: None, name="custom")
c = threading.Thread(target=lambda: None)


def f():
    pass


d = threading.Thread(target=f)
for t in (a, b, c, d):
    t.start()
    t.join()
print([t.name.split(" ")[0] for t in (a, b, c, d)])
print([t.name for t in (a, b, c, d)])
