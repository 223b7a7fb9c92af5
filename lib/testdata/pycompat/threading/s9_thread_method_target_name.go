package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/threading"
)

type Worker struct{}

func (w *Worker) Work() {}

func main() {
	w := &Worker{}
	a := &threading.Thread{Target: w.Work, TargetName: "work"}
	b := &threading.Thread{Target: func() { fmt.Println() }, TargetName: "print"}
	fmt.Println(a.GetName(), b.GetName())
}
