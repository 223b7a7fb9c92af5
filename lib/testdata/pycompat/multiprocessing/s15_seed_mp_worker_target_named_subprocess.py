import multiprocessing as mp


def subprocess(tag, q):
    me = mp.current_process()
    q.put((tag, me.name, me.daemon, mp.parent_process().name))


if __name__ == "__main__":
    q = mp.Queue()
    worker = mp.Process(target=subprocess, args=("job", q))
    print(worker.name, worker.pid, worker.exitcode, worker.is_alive())
    worker.start()
    print(q.get())
    worker.join()
    print(worker.exitcode, worker.is_alive(), isinstance(worker.pid, int))
