package main

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func nap() {
	time.Sleep(300 * time.Millisecond)
}

func main() {
	multiprocessing.Main(nap)
	var ps []*multiprocessing.Process
	for i := range 2 {
		ps = append(ps, &multiprocessing.Process{Target: nap, Name: fmt.Sprintf("n%d", i)})
	}
	for _, p := range ps {
		p.Start()
	}
	var names []string
	for _, p := range multiprocessing.ActiveChildren() {
		names = append(names, "'"+p.Name+"'")
	}
	sort.Strings(names)
	fmt.Println("[" + strings.Join(names, ", ") + "]")
	for _, p := range ps {
		p.Join()
	}
	if len(multiprocessing.ActiveChildren()) == 0 {
		fmt.Println("[]")
	}
}
