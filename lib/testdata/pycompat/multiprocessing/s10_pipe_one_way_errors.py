import multiprocessing

def writer(w):
    for i in range(3):
        w.send(i)
    w.close()

if __name__ == "__main__":
    r, w = multiprocessing.Pipe(duplex=False)
    print(r.readable, r.writable, w.readable, w.writable)
    try:
        r.send(1)
    except OSError as e:
        print("OSError:", e)
    try:
        w.recv()
    except OSError as e:
        print("OSError:", e)
    p = multiprocessing.Process(target=writer, args=(w,))
    p.start()
    w.close()
    got = []
    while True:
        try:
            got.append(r.recv())
        except EOFError:
            break
    p.join()
    print(got, r.poll())
