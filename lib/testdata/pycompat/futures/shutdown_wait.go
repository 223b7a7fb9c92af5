package main

import (
	"fmt"
	"sort"
	"sync"
	"time"

	"github.com/gonotes/gonotes/lib/futures"
)

var mu sync.Mutex
var results []int

func work(i int) {
	time.Sleep(10 * time.Millisecond)
	mu.Lock()
	results = append(results, i)
	mu.Unlock()
}

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 2}
	for i := range 6 {
		ex.SubmitFunc(func() { work(i) })
	}
	ex.Shutdown(true, false)
	sort.Ints(results)
	fmt.Printf("[%d, %d, %d, %d, %d, %d]\n", results[0], results[1], results[2], results[3], results[4], results[5])
	ex.Shutdown(true, false)
	fmt.Println("second shutdown is harmless")
}
