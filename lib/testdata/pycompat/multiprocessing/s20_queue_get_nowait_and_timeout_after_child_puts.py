import queue
import multiprocessing as mp


def put_three(q, done):
    for i in range(3):
        q.put(i)
    done.set()


if __name__ == "__main__":
    q, done = mp.Queue(), mp.Event()
    p = mp.Process(target=put_three, args=(q, done))
    p.start()
    done.wait(30)
    got = [q.get(timeout=30) for _ in range(3)]
    p.join()
    print(got, p.exitcode)
    for call in (q.get_nowait, lambda: q.get(timeout=0.05), lambda: q.get(False)):
        try:
            call()
        except queue.Empty:
            print("Empty")
