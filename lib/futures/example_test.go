package futures_test

import (
	"fmt"
	"math/rand"
	"time"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

// Seed 002, "Thread Pool Executor": submit, result, and map.
func Example() {
	task := func(name any) any {
		result := 0
		for i := 0; i < 10001; i++ {
			result += i
		}
		return result
	}

	// 실행방법1
	executor := &futures.ThreadPoolExecutor{MaxWorkers: 3}
	task1 := executor.Submit(func() any { return task("First") })
	task2 := executor.Submit(func() any { return task("Second") })
	r1, _ := task1.Result()
	r2, _ := task2.Result()
	fmt.Println(r1, r2)
	executor.Shutdown(true, false)

	// 실행방법2: Python's with block.
	func() {
		executor := &futures.ThreadPoolExecutor{MaxWorkers: 3}
		defer executor.Shutdown(true, false)
		results, err := executor.Map(task, []any{"First", "Second"})
		fmt.Println(results, err)
	}()
	// Output:
	// 50005000 50005000
	// [50005000 50005000] <nil>
}

// FakeDataStore is the shared object of seed 002's synchronisation example.
type FakeDataStore struct {
	value int
	lock  threading.Lock
}

func (s *FakeDataStore) Update(n string) {
	s.lock.Acquire() // Python's with self._lock:
	defer s.lock.Release()
	localCopy := s.value
	localCopy++
	time.Sleep(time.Millisecond)
	s.value = localCopy
}

// Seed 002, "키를 주는 동기화 방법": three updates on two workers, under a
// Lock, give 3.
func Example_lock() {
	store := &FakeDataStore{}
	fmt.Println("Testing update. Starting value is", store.value)
	func() {
		executor := &futures.ThreadPoolExecutor{MaxWorkers: 2}
		defer executor.Shutdown(true, false)
		for _, n := range []string{"First", "Second", "Third"} {
			n := n
			executor.SubmitFunc(func() { store.Update(n) })
		}
	}()
	fmt.Println("Testing update. Ending value is", store.value)
	// Output:
	// Testing update. Starting value is 0
	// Testing update. Ending value is 3
}

// Seed 002, "Prod and Cons": a producer and a consumer on a pool share a
// bounded Queue until the main thread sets an Event.
func Example_producerConsumer() {
	pipeline := queue.New(10)
	var event, stopped threading.Event
	produced, consumed := 0, 0
	producer := func() {
		defer stopped.Set()
		for !event.IsSet() {
			message := rand.Intn(11) + 1
			if pipeline.PutTimeout(message, 10*time.Millisecond) == nil {
				produced++
			}
		}
	}
	consumer := func() {
		// Until the producer has stopped (not merely been told to: its
		// last put may come after the event) and the queue is empty.
		for !stopped.IsSet() || !pipeline.Empty() {
			if _, err := pipeline.GetTimeout(10 * time.Millisecond); err == nil {
				consumed++
			}
		}
	}
	func() {
		executor := &futures.ThreadPoolExecutor{MaxWorkers: 2}
		defer executor.Shutdown(true, false)
		executor.SubmitFunc(producer)
		executor.SubmitFunc(consumer)
		time.Sleep(20 * time.Millisecond)
		event.Set()
	}()
	fmt.Println("all consumed:", produced == consumed, produced > 0)
	// Output:
	// all consumed: true true
}

func ExampleAsCompleted() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 3}
	defer ex.Shutdown(true, false)
	var fs []*futures.Future
	for _, n := range []int{3, 1, 2} {
		n := n
		fs = append(fs, ex.Submit(func() any { return n * n }))
	}
	total := 0
	for f := range futures.AsCompleted(fs) {
		r, _ := f.Result()
		total += r.(int)
	}
	fmt.Println(total)
	// Output:
	// 14
}

func ExampleWait() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 2}
	defer ex.Shutdown(true, false)
	var slow threading.Event
	fast := ex.Submit(func() any { return "fast" })
	blocked := ex.Submit(func() any { slow.Wait(); return "slow" })
	done, notDone := futures.Wait([]*futures.Future{fast, blocked}, futures.FirstCompleted)
	fmt.Println(len(done), len(notDone))
	slow.Set()
	done, notDone = futures.Wait([]*futures.Future{fast, blocked}, futures.AllCompleted)
	fmt.Println(len(done), len(notDone))
	// Output:
	// 1 1
	// 2 0
}

// A task that panics fails its future; nothing crashes.
func ExampleFuture_Result() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 1}
	defer ex.Shutdown(true, false)
	f := ex.Submit(func() any {
		var m map[string]int
		m["x"] = 1 // panics
		return nil
	})
	_, err := f.Result()
	fmt.Println(err)
	fmt.Println(f.Done(), f.Cancelled())
	// Output:
	// assignment to entry in nil map
	// true false
}

func ExampleThreadPoolExecutor_MapTimeout() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 2}
	var gate threading.Event
	results, err := ex.MapTimeout(func(x any) any {
		if x.(int) == 3 {
			gate.Wait() // not done in time
		}
		return x.(int) * 10
	}, []any{1, 2, 3, 4}, time.Second)
	fmt.Println(results, err)
	gate.Set()
	ex.Shutdown(true, true)
	// Output:
	// [10 20] TimeoutError
}

// Python's as_completed(fs, timeout=...): the futures done in time, then
// the TimeoutError.
func ExampleAsCompletedTimeout() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 2}
	stop := make(chan struct{})
	fast := ex.Submit(func() any { return "fast" })
	fast.Result()
	slow := ex.Submit(func() any { <-stop; return "slow" })
	ch, errf := futures.AsCompletedTimeout([]*futures.Future{fast, slow}, 50*time.Millisecond)
	for f := range ch {
		r, _ := f.Result()
		fmt.Println(r)
	}
	fmt.Println(errf())
	close(stop)
	ex.Shutdown(true, false)
	// Output:
	// fast
	// TimeoutError: 1 (of 2) futures unfinished
}

// Python's ThreadPoolExecutor(initializer=init, initargs=(...)): each worker
// runs the initializer before its first task; if it fails, the pool is
// broken.
func ExampleThreadPoolExecutor_initializer() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 1, Initializer: func() { fmt.Println("worker ready") }}
	f := ex.Submit(func() any { return 42 })
	r, _ := f.Result()
	fmt.Println(r)
	ex.Shutdown(true, false)

	// A failing initializer is printed to stderr ("Exception in
	// initializer:") and breaks the pool.
	broken := &futures.ThreadPoolExecutor{MaxWorkers: 1, Initializer: func() { panic("ValueError: no config") }}
	_, err := broken.Submit(func() any { return 1 }).Result()
	fmt.Println(err)
	broken.Shutdown(true, false)
	// Output:
	// worker ready
	// 42
	// BrokenThreadPool: A thread initializer failed, the thread pool is not usable anymore
}

// A Future completed by hand, as Python's Future() with set_result: a
// thread hands its result to another that waits for it.
func ExampleNewFuture() {
	f := futures.NewFuture()
	f.AddDoneCallback(func(f *futures.Future) { fmt.Println("done:", f.Done()) })
	t := &threading.Thread{Target: func() { f.SetResult(42) }}
	t.Start()
	t.Join() // the callback has run: it runs in the thread that sets the result
	r, err := f.Result()
	fmt.Println(r, err)
	// Output:
	// done: true
	// 42 <nil>
}

// Python's f.exception(timeout=...): TimeoutError while the task runs, then
// the task's own error (nil for a task that returned).
func ExampleFuture_ExceptionTimeout() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 1}
	defer ex.Shutdown(true, false)
	var gate threading.Event
	f := ex.Submit(func() any {
		gate.Wait()
		panic("ValueError: bad input")
	})
	fmt.Println(f.ExceptionTimeout(0))
	gate.Set()
	fmt.Println(f.ExceptionTimeout(time.Second))
	// Output:
	// TimeoutError
	// ValueError: bad input
}

// Python's ThreadPoolExecutor(max_workers=0) is invalid: ZeroWorkers spells
// it (a zero MaxWorkers would mean Python's default).
func ExampleZeroWorkers() {
	defer func() { fmt.Println(recover()) }()
	ex := &futures.ThreadPoolExecutor{MaxWorkers: futures.ZeroWorkers}
	ex.Submit(func() any { return 1 })
	// Output:
	// ValueError: max_workers must be greater than 0
}
