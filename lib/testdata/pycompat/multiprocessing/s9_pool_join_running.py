import multiprocessing

if __name__ == "__main__":
    pool = multiprocessing.Pool(1)
    try:
        pool.join()
    except ValueError as e:
        print("ValueError:", e)
    pool.terminate()
    pool.join()
    print("done")
