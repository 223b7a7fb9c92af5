import multiprocessing as mp

# pycompat: stderr


def bad():
    raise KeyError("missing")


if __name__ == "__main__":
    p = mp.Process(target=bad, name="worker-x")
    p.start()
    p.join()
    print(p.exitcode, p.name)
