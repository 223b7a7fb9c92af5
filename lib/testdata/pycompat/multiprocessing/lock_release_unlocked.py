import multiprocessing

if __name__ == "__main__":
    lock = multiprocessing.Lock()
    try:
        lock.release()
    except ValueError as e:
        print("ValueError:", e)
    print(lock.acquire(block=False), lock.acquire(block=False))
    print(lock.acquire(timeout=0.05))
