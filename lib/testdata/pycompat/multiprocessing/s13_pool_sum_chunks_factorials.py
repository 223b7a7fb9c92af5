import multiprocessing as mp
import math

def chunk_sum(xs):
    return sum(xs)

if __name__ == "__main__":
    data = list(range(1, 1001))
    chunks = [data[i:i + 250] for i in range(0, len(data), 250)]
    with mp.Pool(2) as pool:
        parts = pool.map(chunk_sum, chunks)
        print(parts, sum(parts), sum(data))
        print(pool.map(math.factorial, range(0, 21, 4)))
