package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func work() {}

func main() {
	multiprocessing.Main(work)
	a := &multiprocessing.Process{Target: work}
	b := &multiprocessing.Process{Target: work, Name: "named"}
	c := &multiprocessing.Process{Target: work}
	for _, p := range []*multiprocessing.Process{a, b, c} {
		p.Start()
		p.Join()
	}
	fmt.Printf("['%s', '%s', '%s'] [%v, %v, %v]\n", a.Name, b.Name, c.Name, a.ExitCode(), b.ExitCode(), c.ExitCode())
	d := &multiprocessing.Process{Target: work}
	d.Start()
	d.Join()
	fmt.Println(d.Name)
}
