import multiprocessing

if __name__ == "__main__":
    s = multiprocessing.Semaphore(2)
    print(s.get_value(), s.acquire(), s.get_value(), s.acquire(False), s.get_value(), s.acquire(False))
    print(s.acquire(timeout=0.01))
    s.release()
    s.release()
    s.release()
    print(s.get_value())
    b = multiprocessing.BoundedSemaphore(1)
    b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print("ValueError:", e)
