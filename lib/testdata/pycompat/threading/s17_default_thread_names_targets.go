package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/threading"
)

func work() {}

type Job struct{ threading.Thread }

func (j *Job) Run() {}

func main() {
	a := &threading.Thread{Target: work}
	fmt.Println(a.GetName())
	b := &threading.Thread{}
	fmt.Println(b.GetName())
	c := &Job{}
	c.Target = c.Run
	fmt.Println(c.GetName())
	d := &threading.Thread{Target: work, Name: "custom"}
	fmt.Println(d.GetName())
	e := &threading.Thread{Target: work}
	fmt.Println(e.GetName())
}
