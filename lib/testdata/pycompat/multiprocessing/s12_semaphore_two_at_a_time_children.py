import multiprocessing, time

def job(sem, counter, lock, peak):
    with sem:
        with lock:
            counter.value += 1
            peak.value = max(peak.value, counter.value)
        time.sleep(0.05)
        with lock:
            counter.value -= 1

if __name__ == "__main__":
    sem = multiprocessing.Semaphore(2)
    lock = multiprocessing.Lock()
    counter = multiprocessing.Value("i", 0)
    peak = multiprocessing.Value("i", 0)
    ps = [multiprocessing.Process(target=job, args=(sem, counter, lock, peak)) for _ in range(5)]
    for p in ps: p.start()
    for p in ps: p.join()
    print(peak.value <= 2, counter.value, sem.get_value())
