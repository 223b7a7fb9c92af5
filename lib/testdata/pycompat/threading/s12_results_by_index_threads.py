import threading
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
results = [None] * 6
def work(i):
    results[i] = fib(i + 10)
ts = [threading.Thread(target=work, args=(i,)) for i in range(6)]
for t in ts: t.start()
for t in ts: t.join()
print(results)
