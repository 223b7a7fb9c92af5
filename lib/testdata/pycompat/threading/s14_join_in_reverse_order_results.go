package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/threading"
)

var (
	gates    [4]threading.Event
	finished []string
	lock     threading.Lock
)

func stage(i int) {
	gates[i].Wait()
	lock.Acquire()
	finished = append(finished, fmt.Sprint(i))
	lock.Release()
	if i > 0 {
		gates[i-1].Set()
	}
}

func main() {
	var threads []*threading.Thread
	for i := 0; i < 4; i++ {
		threads = append(threads, &threading.Thread{Target: func() { stage(i) }, TargetName: "stage"})
	}
	for _, t := range threads {
		t.Start()
	}
	gates[3].Set()
	for i := len(threads) - 1; i >= 0; i-- {
		t := threads[i]
		t.Join()
		fmt.Println("joined", t.GetName(), map[bool]string{true: "True", false: "False"}[t.IsAlive()])
	}
	fmt.Println("[" + strings.Join(finished, ", ") + "]")
}
