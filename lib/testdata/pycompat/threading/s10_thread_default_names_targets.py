import threading

def work():
    pass

def other(x):
    pass

class Job:
    def run(self):
        pass

a = threading.Thread(target=work)
b = threading.Thread(target=other, args=(1,))
c = threading.Thread(target=lambda: None)
d = threading.Thread()
e = threading.Thread(target=Job().run)
for t in (a, b, c, d, e):
    print(t.name)
