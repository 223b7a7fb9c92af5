import multiprocessing

if __name__ == "__main__":
    l = multiprocessing.Lock()
    print(l.acquire(), l.acquire(False), l.acquire(timeout=0.01))
    l.release()
    try:
        l.release()
    except ValueError as e:
        print("ValueError:", e)
    with l:
        print("held", l.acquire(False))
    print(l.acquire(False))
