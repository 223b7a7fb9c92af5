import threading

def work():
    pass

class Job(threading.Thread):
    def run(self):
        pass

a = threading.Thread(target=work)
b = threading.Thread()
c = Job()
d = threading.Thread(target=work, name="custom")
e = threading.Thread(target=work)
for t in (a, b, c, d, e):
    print(t.name)
