import multiprocessing


def waiter(cond, value, out):
    with cond:
        ok = cond.wait_for(lambda: value.value >= 3, timeout=20)
        out.put((ok, value.value))


if __name__ == "__main__":
    cond = multiprocessing.Condition()
    value = multiprocessing.Value("i", 0)
    out = multiprocessing.Queue()
    p = multiprocessing.Process(target=waiter, args=(cond, value, out))
    p.start()
    for _ in range(3):
        with cond:
            value.value += 1
            cond.notify_all()
    print(out.get())
    p.join()
    print("exit:", p.exitcode, "final:", value.value)
