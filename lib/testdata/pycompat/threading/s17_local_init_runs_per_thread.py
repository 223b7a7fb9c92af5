import threading

count = []

class Counter(threading.local):
    def __init__(self, start):
        count.append(start)
        self.v = start

c = Counter(5)

def w():
    c.v += 1
    c.v += 1

ts = [threading.Thread(target=w) for _ in range(3)]
for t in ts:
    t.start()
    t.join()
untouched = threading.Thread(target=lambda: None)
untouched.start()
untouched.join()
print(len(count), c.v)
