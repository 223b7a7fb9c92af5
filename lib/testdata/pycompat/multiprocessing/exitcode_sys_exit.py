import multiprocessing
import sys

def work(n):
    sys.exit(n)

if __name__ == "__main__":
    for n in (0, 3, 7):
        p = multiprocessing.Process(target=work, args=(n,))
        p.start()
        p.join()
        print(n, p.exitcode)
