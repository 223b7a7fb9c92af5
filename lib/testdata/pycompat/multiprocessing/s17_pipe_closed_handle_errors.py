import multiprocessing as mp


def show(g):
    try:
        print(repr(g()))
    except Exception as e:
        print(type(e).__name__ + ":", repr(str(e)))


if __name__ == "__main__":
    r, w = mp.Pipe()
    w.send("last")
    w.close()
    show(r.poll)
    show(r.recv)
    show(r.poll)
    show(r.recv)
    r.close()
    show(r.recv)
    show(lambda: r.send(1))
    show(r.poll)
    show(r.close)
    print(r.closed, w.closed)
