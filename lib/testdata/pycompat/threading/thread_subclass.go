package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/threading"
)

type Worker struct {
	threading.Thread
	n      int
	result int
}

func NewWorker(n int) *Worker {
	w := &Worker{n: n}
	w.Target = w.Run
	return w
}

func (w *Worker) Run() {
	w.result = w.n * w.n
}

func main() {
	var ws []*Worker
	for i := range 4 {
		ws = append(ws, NewWorker(i))
	}
	for _, w := range ws {
		w.Start()
	}
	for _, w := range ws {
		w.Join()
	}
	var rs, ns []string
	for _, w := range ws {
		rs = append(rs, fmt.Sprint(w.result))
		ns = append(ns, "'"+w.Name+"'")
	}
	fmt.Println("[" + strings.Join(rs, ", ") + "]")
	fmt.Println("[" + strings.Join(ns, ", ") + "]")
}
