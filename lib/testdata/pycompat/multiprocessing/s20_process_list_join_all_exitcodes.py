import sys
import multiprocessing as mp


def job(i):
    if i % 3 == 1:
        sys.exit(i)
    if i % 3 == 2:
        raise SystemExit(0)


if __name__ == "__main__":
    ps = [mp.Process(target=job, args=(i,), name="job-%d" % i) for i in range(6)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print([(p.name, p.exitcode) for p in ps])
    print(mp.active_children(), [p.is_alive() for p in ps])
