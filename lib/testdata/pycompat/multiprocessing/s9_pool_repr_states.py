import multiprocessing

if __name__ == "__main__":
    p = multiprocessing.Pool(2)
    print(p)
    p.close()
    print(p)
    p.join()
    q = multiprocessing.Pool(1)
    q.terminate()
    print(q)
