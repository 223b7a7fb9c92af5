package queue_test

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

// Seeds 000 and 001, "threading 모듈": five worker threads take twenty
// items from a Queue; Join waits until every item is marked done, then a
// nil per worker (Python's None) stops them.
func Example() {
	var q queue.Queue
	worker := func(num int) {
		for {
			item := q.Get()
			if item == nil {
				break
			}
			fmt.Printf("처리완료 %d\n", item)
			q.TaskDone()
		}
	}
	const workerThreads = 5
	var threads []*threading.Thread
	for i := 0; i < workerThreads; i++ {
		i := i
		t := &threading.Thread{Name: fmt.Sprint("스레드 ", i+1), Target: func() { worker(i) }}
		t.Start()
		threads = append(threads, t)
	}
	for item := 0; item < 20; item++ {
		q.Put(item)
	}
	q.Join()
	for i := 0; i < workerThreads; i++ {
		q.Put(nil)
	}
	for _, t := range threads {
		t.Join()
	}
	// Unordered output:
	// 처리완료 0
	// 처리완료 1
	// 처리완료 2
	// 처리완료 3
	// 처리완료 4
	// 처리완료 5
	// 처리완료 6
	// 처리완료 7
	// 처리완료 8
	// 처리완료 9
	// 처리완료 10
	// 처리완료 11
	// 처리완료 12
	// 처리완료 13
	// 처리완료 14
	// 처리완료 15
	// 처리완료 16
	// 처리완료 17
	// 처리완료 18
	// 처리완료 19
}

// Seed 001, "Queue (FIFO)".
func ExampleQueue() {
	q := queue.New(0)
	var ql []int
	for i := 0; i < 5; i++ {
		q.Put(i)
		ql = append(ql, i)
	}
	for !q.Empty() {
		fmt.Println(q.Get())
	}
	fmt.Println(ql)
	// Output:
	// 0
	// 1
	// 2
	// 3
	// 4
	// [0 1 2 3 4]
}

// Seed 001, "Queue(LIFO) = Stack".
func ExampleLifoQueue() {
	var q queue.LifoQueue
	for i := 0; i < 5; i++ {
		q.Put(i)
	}
	for !q.Empty() {
		fmt.Println(q.Get())
	}
	// Output:
	// 4
	// 3
	// 2
	// 1
	// 0
}

// Python's pq.put((priority, item)) becomes an Item, ordered as Python
// orders the tuples (equal priorities by their value) and printed as
// Python prints them.
func ExamplePriorityQueue() {
	var pq queue.PriorityQueue
	pq.Put(queue.Item{Priority: 2, Value: "write code"})
	pq.Put(queue.Item{Priority: 1, Value: "read the issue"})
	pq.Put(queue.Item{Priority: 2, Value: "run the tests"})
	pq.Put(queue.Item{Priority: 0, Value: "coffee"})
	for !pq.Empty() {
		fmt.Println(pq.Get())
	}
	it := queue.Item{Priority: 3, Value: "deploy"}
	fmt.Println(it.Priority, it.Value)
	// Output:
	// (0, 'coffee')
	// (1, 'read the issue')
	// (2, 'run the tests')
	// (2, 'write code')
	// 3 deploy
}

// Seed 001: a daemon worker thread and Join. One worker, so its lines come
// in order; the main thread's line may come anywhere among them.
func ExampleQueue_Join() {
	var q queue.Queue
	worker := func() {
		for {
			item := q.Get()
			fmt.Printf("Working on %v\n", item)
			fmt.Printf("Finished %v\n", item)
			q.TaskDone()
		}
	}
	(&threading.Thread{Target: worker, Daemon: true}).Start()
	for item := 0; item < 3; item++ {
		q.Put(item)
	}
	fmt.Println("All task requests sent")
	q.Join()
	fmt.Println("All work completed")
	// Unordered output:
	// All task requests sent
	// Working on 0
	// Finished 0
	// Working on 1
	// Finished 1
	// Working on 2
	// Finished 2
	// All work completed
}

func ExampleQueue_GetTimeout() {
	q := queue.New(1)
	q.Put("a")
	fmt.Println(q.PutNowait("b"))
	x, err := q.GetNowait()
	fmt.Println(x, err)
	_, err = q.GetNowait()
	fmt.Println(err)
	// Output:
	// queue.Full
	// a <nil>
	// queue.Empty
}
