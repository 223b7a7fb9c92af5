import multiprocessing

def square_into(results, i):
    results.append(i * i)

if __name__ == "__main__":
    with multiprocessing.Manager() as manager:
        results = manager.list()
        ps = [multiprocessing.Process(target=square_into, args=(results, i)) for i in range(5)]
        for p in ps:
            p.start()
        for p in ps:
            p.join()
        print(sorted(results), len(results))
        results.sort()
        print(results[0], results[-1], results[1:3])
