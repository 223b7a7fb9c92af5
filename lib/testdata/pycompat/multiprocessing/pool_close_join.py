import multiprocessing

def name(_):
    return multiprocessing.current_process().name.startswith("SpawnPoolWorker-") or multiprocessing.current_process().name.startswith("ForkPoolWorker-")

if __name__ == "__main__":
    pool = multiprocessing.Pool(2)
    print(all(pool.map(name, range(4))))
    pool.close()
    try:
        pool.apply(name, (1,))
    except ValueError as e:
        print("ValueError:", e)
    pool.join()
    print("joined")
