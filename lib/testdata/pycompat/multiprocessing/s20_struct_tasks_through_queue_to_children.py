import multiprocessing as mp
from dataclasses import dataclass


@dataclass
class Task:
    id: int
    text: str


def worker(tasks, results):
    while True:
        t = tasks.get()
        if t is None:
            break
        results.put((t.id, t.text[::-1], mp.current_process().name.startswith("Process-")))


if __name__ == "__main__":
    tasks, results = mp.Queue(), mp.Queue()
    ps = [mp.Process(target=worker, args=(tasks, results)) for _ in range(2)]
    for p in ps:
        p.start()
    for i, w in enumerate(["alpha", "beta", "gamma", "delta"]):
        tasks.put(Task(i, w))
    for _ in ps:
        tasks.put(None)
    out = sorted(results.get(timeout=30) for _ in range(4))
    for p in ps:
        p.join()
    print(out)
    print([p.exitcode for p in ps])
