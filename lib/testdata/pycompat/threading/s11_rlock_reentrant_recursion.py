import threading

lock = threading.RLock()
calls = []
def fact(n):
    with lock:
        calls.append(n)
        return 1 if n <= 1 else n * fact(n - 1)

print(fact(6), calls)
def other():
    calls.append(lock.acquire(timeout=0.01))
t = threading.Thread(target=other)
with lock:
    t.start()
    t.join()
print(calls[-1])
t = threading.Thread(target=other)
t.start()
t.join()
print(calls[-1])
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
