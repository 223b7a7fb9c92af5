package main

import (
	"fmt"
	"sort"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func putSquare(q *multiprocessing.Queue, x int) int {
	q.Put(x * x)
	return x
}

func main() {
	multiprocessing.Main(putSquare)
	q := multiprocessing.NewQueue()
	pool := multiprocessing.NewPool(2)
	if r, err := pool.Starmap(putSquare, [][]any{{q, 1}, {q, 2}}); err != nil {
		fmt.Println(err)
	} else {
		fmt.Println(r)
	}
	m := multiprocessing.NewManager()
	mq := m.Queue()
	r, err := pool.Starmap(putSquare, [][]any{{mq, 1}, {mq, 2}})
	if err != nil {
		fmt.Println(err)
	}
	fmt.Printf("[%v, %v]\n", r[0], r[1])
	got := []int{mq.Get().(int), mq.Get().(int)}
	sort.Ints(got)
	fmt.Printf("[%d, %d]\n", got[0], got[1])
	m.Shutdown()
	pool.Terminate()
}
