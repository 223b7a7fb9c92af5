import multiprocessing, sys, os, time

def ok():
    pass

def raises():
    raise RuntimeError("boom")

def exits(code):
    sys.exit(code)

def sleeper():
    time.sleep(30)

if __name__ == "__main__":
    procs = [
        multiprocessing.Process(target=ok),
        multiprocessing.Process(target=raises),
        multiprocessing.Process(target=exits, args=(0,)),
        multiprocessing.Process(target=exits, args=(5,)),
        multiprocessing.Process(target=exits, args=(None,)),
    ]
    for p in procs:
        p.start()
        p.join()
    print([p.exitcode for p in procs])
    s = multiprocessing.Process(target=sleeper)
    s.start()
    s.kill()
    s.join()
    t = multiprocessing.Process(target=sleeper)
    t.start()
    t.terminate()
    t.join()
    print(s.exitcode, t.exitcode, s.is_alive(), t.is_alive())
