package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/threading"
)

type Worker struct {
	threading.Thread
}

func NewWorker(name string) *Worker {
	w := &Worker{}
	w.Name = name
	w.Target = w.Run
	return w
}

func (w *Worker) Run() {
	fmt.Println("sub thread start", threading.CurrentThread().GetName())
	total := 0
	for i := 0; i < 1000; i++ {
		total += i
	}
	fmt.Println("sub thread end", w.Name, total)
}

func main() {
	fmt.Println("main thread start")
	for i := 0; i < 3; i++ {
		name := fmt.Sprintf("thread %d", i)
		t := NewWorker(name)
		t.Start()
		t.Join()
	}
	fmt.Println("main thread end", threading.CurrentThread().GetName())
	w := NewWorker("not started")
	fmt.Println(w.GetName(), map[bool]string{true: "True", false: "False"}[w.IsAlive()], "None")
}
