import multiprocessing

def div(a, b):
    return a // b

if __name__ == "__main__":
    results, errors = [], []
    with multiprocessing.Pool(2) as pool:
        rs = [pool.apply_async(div, (10, b), callback=results.append, error_callback=lambda e: errors.append(type(e).__name__ + ": " + str(e))) for b in (1, 2, 0, 5)]
        for r in rs:
            r.wait()
        print([r.successful() for r in rs])
    print(sorted(results), errors)
