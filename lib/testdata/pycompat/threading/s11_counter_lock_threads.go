package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/threading"
)

var counter int
var lock threading.Lock

func add(n int) {
	for i := 0; i < n; i++ {
		lock.Acquire()
		counter++
		lock.Release()
	}
}

func main() {
	var threads []*threading.Thread
	for i := 0; i < 8; i++ {
		threads = append(threads, &threading.Thread{Target: func() { add(1000) }})
	}
	for _, t := range threads {
		t.Start()
	}
	for _, t := range threads {
		t.Join()
	}
	fmt.Println("counter:", counter)
	all := true
	for _, t := range threads {
		all = all && !t.IsAlive()
	}
	fmt.Println(pyBool(all), threading.ActiveCount())
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
