package main

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var done []int
	var mu threading.Lock
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 2}
	for i := 0; i < 4; i++ {
		ex.SubmitFunc(func() {
			time.Sleep(10 * time.Millisecond)
			mu.Acquire()
			done = append(done, i)
			mu.Release()
		})
	}
	ex.Shutdown(true, false)
	sort.Ints(done)
	fmt.Println(pyList(done))
	ex.Shutdown(true, false)
	fmt.Println("second shutdown is harmless")
}

func pyList(v any) string {
	return strings.ReplaceAll(fmt.Sprint(v), " ", ", ")
}
