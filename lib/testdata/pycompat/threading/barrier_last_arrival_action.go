package main

import (
	"fmt"
	"runtime"

	"github.com/gonotes/gonotes/lib/threading"
)

var runs []string
var b = threading.NewBarrier(2, func() { runs = append(runs, threading.CurrentThread().Name) })
var arrived threading.Event

func first() {
	arrived.Set()
	b.Wait()
}

func main() {
	t := &threading.Thread{Target: first, Name: "early"}
	t.Start()
	arrived.Wait()
	for b.NWaiting() < 1 {
		runtime.Gosched()
	}
	i, _ := b.Wait()
	fmt.Println(i)
	t.Join()
	fmt.Printf("['%s']\n", runs[0])
}
