package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func work() {
	fmt.Println(multiprocessing.CurrentProcess().Name)
}

func main() {
	multiprocessing.Main(work)
	fmt.Println(multiprocessing.CurrentProcess().Name)
	var ps []*multiprocessing.Process
	for range 2 {
		ps = append(ps, &multiprocessing.Process{Target: work})
	}
	ps = append(ps, &multiprocessing.Process{Target: work, Name: "custom"})
	ps = append(ps, &multiprocessing.Process{Target: work})
	for _, p := range ps {
		p.Start()
		p.Join()
	}
	var ns []string
	for _, p := range ps {
		ns = append(ns, p.Name)
	}
	fmt.Println("['" + strings.Join(ns, "', '") + "']")
}
