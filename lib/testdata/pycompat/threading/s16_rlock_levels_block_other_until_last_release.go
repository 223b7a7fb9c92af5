package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var r threading.RLock
	for i := 0; i < 3; i++ {
		r.Acquire()
	}
	var results []string
	probe := func() {
		results = append(results, map[bool]string{true: "True", false: "False"}[r.TryAcquire()])
	}
	for i := 0; i < 3; i++ {
		r.Release()
		t := &threading.Thread{Target: probe}
		t.Start()
		t.Join()
	}
	fmt.Println("other thread could take it after each release:", "["+strings.Join(results, ", ")+"]")
}
