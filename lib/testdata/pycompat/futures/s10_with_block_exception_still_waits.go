package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/gonotes/gonotes/lib/futures"
)

func main() {
	var mu sync.Mutex
	var results []int
	func() {
		defer func() {
			if r := recover(); r != nil {
				fmt.Println("KeyError", r)
			}
		}()
		ex := &futures.ThreadPoolExecutor{MaxWorkers: 2}
		defer ex.Shutdown(true, false)
		for i := range 4 {
			ex.SubmitFunc(func() {
				time.Sleep(10 * time.Millisecond)
				mu.Lock()
				results = append(results, i)
				mu.Unlock()
			})
		}
		panic("'oops'")
	}()
	sort.Ints(results)
	fmt.Println(strings.ReplaceAll(fmt.Sprint(results), " ", ", "))
}
