package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/threading"
)

func work() {}

func other(x int) {}

type Job struct{}

func (Job) Run() {}

func main() {
	a := &threading.Thread{Target: work}
	b := &threading.Thread{Target: func() { other(1) }, TargetName: "other"}
	c := &threading.Thread{Target: func() {}, TargetName: "<lambda>"}
	d := &threading.Thread{}
	e := &threading.Thread{Target: Job{}.Run, TargetName: "run"}
	for _, t := range []*threading.Thread{a, b, c, d, e} {
		fmt.Println(t.GetName())
	}
}
