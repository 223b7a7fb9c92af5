import threading

data = list(range(1, 10001))
parts = [0] * 4
def partial(i):
    chunk = data[i::4]
    parts[i] = sum(chunk)

ts = [threading.Thread(target=partial, args=(i,), name="part-%d" % i) for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(parts, sum(parts), sum(parts) == sum(data))
