import threading
slots = threading.BoundedSemaphore(2)
print(slots.acquire(), slots.acquire(), slots.acquire(blocking=False))
slots.release()
print(slots._value)
slots.release()
try:
    slots.release()
except ValueError as e:
    print("ValueError:", e)
print(slots._value, slots.acquire(timeout=0.01))
