package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/threading"
)

type Worker struct {
	gate, next *threading.Event
}

func (w *Worker) Run() {
	w.gate.Wait()
	fmt.Println("sub thread end", threading.CurrentThread().GetName())
	if w.next != nil {
		w.next.Set()
	}
}

func main() {
	gates := []*threading.Event{{}, {}, {}, nil}
	fmt.Println("main thread start")
	for i := range 3 {
		w := &Worker{gate: gates[i], next: gates[i+1]}
		(&threading.Thread{Target: w.Run, Name: fmt.Sprintf("thread %d", i)}).Start()
	}
	fmt.Println("main thread end", threading.ActiveCount())
	gates[0].Set()
	threading.JoinAll()
}
