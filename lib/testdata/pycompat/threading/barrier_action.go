package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/threading"
)

var order []string
var lock threading.Lock

func action() {
	order = append(order, "action")
}

var b = threading.NewBarrier(3, action)

func w(i int) {
	b.Wait()
	lock.Acquire()
	order = append(order, "after")
	lock.Release()
}

func main() {
	var ts []*threading.Thread
	for i := range 3 {
		ts = append(ts, &threading.Thread{Target: func() { w(i) }})
	}
	for _, t := range ts {
		t.Start()
	}
	for _, t := range ts {
		t.Join()
	}
	fmt.Println("['" + strings.Join(order, "', '") + "']")
}
