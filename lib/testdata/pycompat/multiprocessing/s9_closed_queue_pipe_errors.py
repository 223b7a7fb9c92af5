import multiprocessing, re

if __name__ == "__main__":
    q = multiprocessing.Queue()
    q.close()
    for f in (q.get, lambda: q.put(1)):
        try:
            f()
        except ValueError as e:
            print("ValueError:", re.sub(r" at 0x[0-9a-f]+", "", str(e)))
    a, b = multiprocessing.Pipe()
    a.close()
    try:
        a.send(1)
    except OSError as e:
        print("OSError:", e)
    try:
        a.recv()
    except OSError as e:
        print("OSError:", e)
