import multiprocessing

def waiter(cond, flag, out):
    with cond:
        ok = cond.wait_for(lambda: flag.value == 1, timeout=30)
        out.put(ok)

if __name__ == "__main__":
    cond = multiprocessing.Condition()
    flag = multiprocessing.Value("i", 0)
    out = multiprocessing.Queue()
    p = multiprocessing.Process(target=waiter, args=(cond, flag, out))
    p.start()
    with cond:
        flag.value = 1
        cond.notify_all()
    print(out.get())
    p.join()
    with cond:
        print(cond.wait(timeout=0.02))
