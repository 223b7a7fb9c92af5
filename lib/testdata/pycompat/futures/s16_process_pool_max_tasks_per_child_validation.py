from concurrent.futures import ProcessPoolExecutor
import os


def pid(_):
    return os.getpid()


if __name__ == "__main__":
    for n in (0, -2):
        try:
            ProcessPoolExecutor(max_workers=1, max_tasks_per_child=n)
        except ValueError as e:
            print(n, "ValueError:", e)
    with ProcessPoolExecutor(max_workers=1, max_tasks_per_child=1) as ex:
        pids = [ex.submit(pid, i).result() for i in range(3)]
    print("a new process per task:", len(set(pids)), os.getpid() not in pids)
