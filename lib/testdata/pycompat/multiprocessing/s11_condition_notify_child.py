import multiprocessing

def waiter(cond, flag, q):
    with cond:
        cond.wait_for(lambda: flag.value == 1, timeout=10)
        q.put(flag.value)

if __name__ == "__main__":
    cond = multiprocessing.Condition()
    flag = multiprocessing.Value("i", 0)
    q = multiprocessing.Queue()
    p = multiprocessing.Process(target=waiter, args=(cond, flag, q))
    p.start()
    with cond:
        flag.value = 1
        cond.notify_all()
    print(q.get())
    p.join()
    print(p.exitcode)
