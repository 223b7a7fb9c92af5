package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

var count int
var lock threading.Lock

func initf() {
	lock.Acquire()
	count++
	lock.Release()
}

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 1, Initializer: initf}
	var rs []any
	for i := range 3 {
		r, _ := ex.Submit(func() any { return i }).Result()
		rs = append(rs, r)
	}
	ex.Shutdown(true, false)
	fmt.Printf("[%v, %v, %v]\n", rs...)
	fmt.Println(count)
}
