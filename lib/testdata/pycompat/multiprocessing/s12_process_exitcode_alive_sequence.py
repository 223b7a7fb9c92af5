import multiprocessing, time

def nap(t, code):
    time.sleep(t)
    raise SystemExit(code)

if __name__ == "__main__":
    p = multiprocessing.Process(target=nap, args=(0.3, 3))
    print(p.exitcode, p.is_alive(), p.name)
    p.start()
    print(p.exitcode, p.is_alive())
    p.join()
    print(p.exitcode, p.is_alive())
    q = multiprocessing.Process(target=nap, args=(0, 0), name="zero")
    q.start(); q.join()
    print(q.name, q.exitcode)
