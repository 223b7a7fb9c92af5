import multiprocessing
if __name__ == "__main__":
    l = multiprocessing.Lock(); print(l); l.acquire(); print(l); l.release()
    r = multiprocessing.RLock(); print(r); r.acquire(); r.acquire(); print(r); r.release(); r.release()
    s = multiprocessing.Semaphore(2); print(s); s.acquire(); print(s)
    b = multiprocessing.BoundedSemaphore(2); print(b)
    c = multiprocessing.Condition(); print(c)
    print(s.get_value())
