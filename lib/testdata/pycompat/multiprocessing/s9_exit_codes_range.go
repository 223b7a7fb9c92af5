package main

import (
	"fmt"
	"os"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func code(n int) {
	os.Exit(n)
}

func main() {
	multiprocessing.Main(code)
	var out []any
	for _, n := range []int{0, 1, 2, 7, 255} {
		p := &multiprocessing.Process{Target: code, Args: []any{n}}
		p.Start()
		p.Join()
		out = append(out, p.ExitCode())
	}
	fmt.Printf("[%v, %v, %v, %v, %v]\n", out...)
}
