package main

import (
	"fmt"
	"os"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func job(i int) {
	if i%3 == 1 {
		os.Exit(i)
	}
	if i%3 == 2 {
		os.Exit(0)
	}
}

func main() {
	multiprocessing.Main(job)
	var ps []*multiprocessing.Process
	for i := 0; i < 6; i++ {
		ps = append(ps, &multiprocessing.Process{Target: job, Args: []any{i}, Name: fmt.Sprintf("job-%d", i)})
	}
	for _, p := range ps {
		p.Start()
	}
	for _, p := range ps {
		p.Join()
	}
	var s, alive []string
	for _, p := range ps {
		s = append(s, fmt.Sprintf("('%s', %v)", p.GetName(), p.ExitCode()))
		alive = append(alive, map[bool]string{true: "True", false: "False"}[p.IsAlive()])
	}
	fmt.Println("[" + strings.Join(s, ", ") + "]")
	fmt.Printf("[%s] [%s]\n", strings.Repeat("?", len(multiprocessing.ActiveChildren())), strings.Join(alive, ", "))
}
