import threading

def is_prime(n):
    if n < 2:
        return False
    i = 2
    while i * i <= n:
        if n % i == 0:
            return False
        i += 1
    return True

total = 0
per_range = {}
lock = threading.Lock()
def count(lo, hi):
    global total
    c = sum(1 for n in range(lo, hi) if is_prime(n))
    with lock:
        total += c
        per_range[(lo, hi)] = c

ranges = [(i * 2500, (i + 1) * 2500) for i in range(4)]
ts = [threading.Thread(target=count, args=r) for r in ranges]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(total, [per_range[r] for r in ranges])
