package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func work() {}

func main() {
	multiprocessing.Main(work)
	var ps []*multiprocessing.Process
	for range 3 {
		ps = append(ps, &multiprocessing.Process{Target: work})
	}
	var names []string
	for _, p := range ps {
		names = append(names, p.GetName())
	}
	fmt.Printf("['%s', '%s', '%s']\n", names[0], names[1], names[2])
	for _, p := range ps {
		p.Start()
	}
	for _, p := range ps {
		p.Join()
	}
	q := &multiprocessing.Process{Target: work, Name: "named"}
	r := &multiprocessing.Process{Target: work}
	fmt.Println(q.GetName(), r.GetName())
}
