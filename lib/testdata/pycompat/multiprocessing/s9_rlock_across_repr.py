import multiprocessing, re

if __name__ == "__main__":
    r = multiprocessing.RLock()
    print(r)
    r.acquire()
    print(re.sub(r"\d+", "N", repr(r)))
    r.release()
    c = multiprocessing.Condition(multiprocessing.Lock())
    print(c)
