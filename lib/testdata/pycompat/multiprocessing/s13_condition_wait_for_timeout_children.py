import multiprocessing as mp

def bump(cond, v):
    with cond:
        v.value += 1
        cond.notify_all()

if __name__ == "__main__":
    cond = mp.Condition()
    v = mp.Value("i", 0, lock=False)
    calls = 0
    def never():
        global calls
        calls += 1
        return False
    with cond:
        for t in (0, -1, 0.05):
            calls = 0
            print("timeout", t, "->", cond.wait_for(never, timeout=t), "predicate calls", calls)
    ps = [mp.Process(target=bump, args=(cond, v)) for _ in range(3)]
    for p in ps:
        p.start()
    with cond:
        print("all three:", cond.wait_for(lambda: v.value == 3, timeout=30), v.value)
    for p in ps:
        p.join()
    print([p.exitcode for p in ps])
