import multiprocessing as mp

def child(go, back):
    for r in range(3):
        go.wait()
        go.clear()
        back.put(("round", r, go.is_set()))

if __name__ == "__main__":
    go = mp.Event()
    back = mp.Queue()
    p = mp.Process(target=child, args=(go, back))
    p.start()
    for r in range(3):
        go.set()
        print(back.get(timeout=30))
    p.join()
    print("exitcode", p.exitcode, "event set:", go.is_set())
