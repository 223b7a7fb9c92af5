import threading

l = threading.Lock()
print(l.locked())
print(l.acquire())
print(l.locked())
print(l.acquire(False))
print(l.acquire(timeout=0.01))
l.release()
print(l.locked())
with l:
    print("in with", l.locked())
print(l.locked())
