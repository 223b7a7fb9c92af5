# After CPython's Lib/test/test_threading.py test_BoundedSemaphore_limit.
import threading

for limit in range(1, 10):
    bs = threading.BoundedSemaphore(limit)
    threads = [threading.Thread(target=bs.acquire) for _ in range(limit)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    v1 = bs._value
    threads = [threading.Thread(target=bs.release) for _ in range(limit)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    try:
        bs.release()
        print(limit, "no error")
    except ValueError as e:
        print(limit, v1, bs._value, e)
