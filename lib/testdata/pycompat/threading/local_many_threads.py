import threading

data = threading.local()
data.x = "main"
results = {}
lock = threading.Lock()
go = threading.Barrier(5)

def w(i):
    data.x = i
    go.wait()
    data.x = data.x * 10
    with lock:
        results[i] = data.x

ts = [threading.Thread(target=w, args=(i,)) for i in range(5)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(results.items()), data.x)
