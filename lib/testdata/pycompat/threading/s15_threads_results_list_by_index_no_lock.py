import threading

results = [None] * 5


def fib(i):
    a, b = 0, 1
    for _ in range(i * 5):
        a, b = b, a + b
    results[i] = a


ts = [threading.Thread(target=fib, args=(i,)) for i in range(5)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(results)
