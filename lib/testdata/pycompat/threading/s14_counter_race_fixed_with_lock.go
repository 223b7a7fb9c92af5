package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/threading"
)

var (
	counter int
	lock    threading.Lock
)

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
		threads = append(threads, &threading.Thread{Target: func() { add(10000) }})
	}
	for _, t := range threads {
		t.Start()
	}
	for _, t := range threads {
		t.Join()
	}
	py := map[bool]string{true: "True", false: "False"}
	fmt.Println(counter, py[counter == 8*10000], py[lock.Locked()])
}
