import threading

data = threading.local()
data.x = "main"
out = []

def worker(n):
    out.append((n, hasattr(data, "x")))
    data.x = n
    out.append((n, data.x))

for i in range(3):
    t = threading.Thread(target=worker, args=(i,))
    t.start()
    t.join()
print(out)
print(data.x)
