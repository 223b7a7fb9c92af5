import multiprocessing


def child(started, stop, q):
    q.put((multiprocessing.current_process().name, multiprocessing.parent_process().name,
           len(multiprocessing.active_children())))
    started.set()
    stop.wait()


if __name__ == "__main__":
    started, stop, q = multiprocessing.Event(), multiprocessing.Event(), multiprocessing.Queue()
    p = multiprocessing.Process(target=child, args=(started, stop, q), name="kid")
    print(multiprocessing.active_children())
    p.start()
    started.wait()
    print(q.get(), [c.name for c in multiprocessing.active_children()])
    stop.set()
    p.join()
    print(multiprocessing.active_children(), multiprocessing.parent_process())
