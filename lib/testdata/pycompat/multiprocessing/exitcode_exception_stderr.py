import multiprocessing

# pycompat: stderr

def boom(n):
    raise ValueError("child failed %d" % n)

if __name__ == "__main__":
    p = multiprocessing.Process(target=boom, args=(5,), name="failing")
    p.start()
    p.join()
    print(p.exitcode)
