import threading

def job():
    pass

a = threading.Thread(target=job)
b = threading.Thread(target=job, name="x")
c = threading.Thread()
d = threading.Timer(1, job)
print(a.name, b.name, c.name, d.name)
