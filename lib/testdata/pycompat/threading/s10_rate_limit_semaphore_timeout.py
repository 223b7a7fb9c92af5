import threading

slots = threading.BoundedSemaphore(2)
got = [slots.acquire(timeout=0.01) for _ in range(3)]
print(got)
slots.release()
print(slots.acquire(blocking=False), slots.acquire(blocking=False))
slots.release(); slots.release()
try:
    slots.release()
except ValueError as e:
    print(e)
with slots:
    with slots:
        print(slots.acquire(timeout=0))
print(slots._value)
