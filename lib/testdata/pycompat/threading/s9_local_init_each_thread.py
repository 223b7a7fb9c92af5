import threading

class Counter(threading.local):
    def __init__(self):
        self.n = 0

c = Counter()
out = []

def work(k):
    for _ in range(k):
        c.n += 1
    out.append((k, c.n))

for k in (2, 5):
    t = threading.Thread(target=work, args=(k,))
    t.start()
    t.join()
c.n += 10
print(out, c.n)
