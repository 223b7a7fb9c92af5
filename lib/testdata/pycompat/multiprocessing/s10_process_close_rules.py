import multiprocessing

def wait_for(ev):
    ev.wait()

if __name__ == "__main__":
    ev = multiprocessing.Event()
    p = multiprocessing.Process(target=wait_for, args=(ev,))
    p.start()
    try:
        p.close()
    except ValueError as e:
        print("ValueError:", e)
    ev.set()
    p.join()
    p.close()
    p.close()
    for f in (p.is_alive, p.join, lambda: p.exitcode):
        try:
            f()
        except ValueError as e:
            print("ValueError:", e)
