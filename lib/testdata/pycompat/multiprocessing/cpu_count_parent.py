import multiprocessing
import os

def show(q):
    q.put((multiprocessing.current_process().name, multiprocessing.parent_process().name))

if __name__ == "__main__":
    print(multiprocessing.cpu_count() == os.cpu_count())
    print(multiprocessing.parent_process())
    q = multiprocessing.Queue()
    p = multiprocessing.Process(target=show, args=(q,))
    p.start()
    print(q.get())
    p.join()
    print(multiprocessing.active_children())
