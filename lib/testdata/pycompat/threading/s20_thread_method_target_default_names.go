package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/threading"
)

type Worker struct{}

func (w *Worker) Crunch() {}

func (w *Worker) Run() {}

func helper() {}

func main() {
	w := &Worker{}
	ts := []*threading.Thread{{Target: w.Crunch, TargetName: "crunch"}, {Target: helper}, {Target: w.Run, TargetName: "run"}, {}}
	for _, t := range ts {
		fmt.Println(t.GetName())
	}
	var names []string
	for _, t := range ts {
		t.Start()
		t.Join()
		names = append(names, "'"+t.GetName()+"'")
	}
	fmt.Println("[" + strings.Join(names, ", ") + "]")
}
