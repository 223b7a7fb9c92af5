import multiprocessing, re

def show(x):
    print(re.sub(r"\d{3,}", "N", repr(x)))

if __name__ == "__main__":
    l = multiprocessing.Lock()
    show(l)
    l.acquire()
    show(l)
    l.release()
    s = multiprocessing.Semaphore(3)
    show(s)
    s.acquire()
    show(s)
    b = multiprocessing.BoundedSemaphore(2)
    show(b)
