import multiprocessing, sys

def code(n):
    sys.exit(n)

if __name__ == "__main__":
    out = []
    for n in (0, 1, 2, 7, 255):
        p = multiprocessing.Process(target=code, args=(n,))
        p.start()
        p.join()
        out.append(p.exitcode)
    print(out)
