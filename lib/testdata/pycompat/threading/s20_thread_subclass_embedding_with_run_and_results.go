package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/threading"
)

type Worker struct {
	*threading.Thread
	n      int
	result int
}

func NewWorker(n int) *Worker {
	w := &Worker{n: n}
	w.Thread = &threading.Thread{Target: w.Run}
	return w
}

func (w *Worker) Run() {
	for i := 0; i < w.n; i++ {
		w.result += i
	}
}

func pb(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	var ws []*Worker
	for _, n := range []int{10, 100, 1000} {
		ws = append(ws, NewWorker(n))
	}
	var names, alive []string
	for _, w := range ws {
		names = append(names, "'"+w.GetName()+"'")
		alive = append(alive, pb(w.IsAlive()))
	}
	fmt.Println("["+strings.Join(names, ", ")+"]", "["+strings.Join(alive, ", ")+"]")
	for _, w := range ws {
		w.Start()
	}
	for _, w := range ws {
		w.Join()
	}
	var res []string
	alive = nil
	for _, w := range ws {
		res = append(res, fmt.Sprint(w.result))
		alive = append(alive, pb(w.IsAlive()))
	}
	fmt.Println("["+strings.Join(res, ", ")+"]", "["+strings.Join(alive, ", ")+"]")
}
