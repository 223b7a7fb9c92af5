package main

import (
	"fmt"
	"os"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func work(n int) {
	os.Exit(n)
}

func main() {
	multiprocessing.Main(work)
	for _, n := range []int{0, 3, 7} {
		p := &multiprocessing.Process{Target: work, Args: []any{n}}
		p.Start()
		p.Join()
		fmt.Println(n, p.ExitCode())
	}
}
