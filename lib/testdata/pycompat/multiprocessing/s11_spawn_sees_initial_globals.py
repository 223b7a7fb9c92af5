import multiprocessing

config = {"mode": "default"}

def show(q):
    q.put(config["mode"])

if __name__ == "__main__":
    multiprocessing.set_start_method("spawn")
    config["mode"] = "changed in main"
    q = multiprocessing.Queue()
    p = multiprocessing.Process(target=show, args=(q,))
    p.start()
    print("child sees:", q.get())
    p.join()
    print("parent sees:", config["mode"])
