import multiprocessing


def child(cond, ev, value, out):
    ev.wait()
    with cond:
        cond.wait_for(lambda: value.value >= 3)
        out.put(("child saw", value.value))
        value.value = 100
        cond.notify_all()


if __name__ == "__main__":
    cond = multiprocessing.Condition()
    ev = multiprocessing.Event()
    value = multiprocessing.Value("i", 0)
    out = multiprocessing.Queue()
    p = multiprocessing.Process(target=child, args=(cond, ev, value, out))
    p.start()
    print("event set?", ev.is_set())
    ev.set()
    for _ in range(3):
        with cond:
            value.value += 1
            cond.notify_all()
    with cond:
        ok = cond.wait_for(lambda: value.value == 100, timeout=30)
    print(out.get(), ok, value.value)
    p.join()
    print(p.exitcode, ev.is_set())
