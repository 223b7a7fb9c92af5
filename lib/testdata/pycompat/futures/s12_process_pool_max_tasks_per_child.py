from concurrent.futures import ProcessPoolExecutor
import multiprocessing, os

def who(i):
    return multiprocessing.current_process().name, os.getpid()

if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=1, max_tasks_per_child=2) as ex:
        rs = [ex.submit(who, i).result() for i in range(5)]
    print([n for n, _ in rs], len({p for _, p in rs}))
