import multiprocessing, time

def job(sem, active, peak, lock):
    with sem:
        with lock:
            active.value += 1
            peak.value = max(peak.value, active.value)
        time.sleep(0.05)
        with lock:
            active.value -= 1

if __name__ == "__main__":
    sem = multiprocessing.Semaphore(2)
    lock = multiprocessing.Lock()
    active = multiprocessing.Value("i", 0)
    peak = multiprocessing.Value("i", 0)
    ps = [multiprocessing.Process(target=job, args=(sem, active, peak, lock)) for _ in range(5)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print(peak.value <= 2, active.value, sem.get_value())
