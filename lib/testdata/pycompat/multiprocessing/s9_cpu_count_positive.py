import multiprocessing, os

if __name__ == "__main__":
    n = multiprocessing.cpu_count()
    print(n >= 1, n == os.cpu_count())
