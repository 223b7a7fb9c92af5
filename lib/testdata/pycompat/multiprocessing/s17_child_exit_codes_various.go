package main

import (
	"fmt"
	"os"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func ex(n int) { os.Exit(n) }

func hard(n int) { os.Exit(n) }

func main() {
	multiprocessing.Main(ex, hard)
	var out []any
	for _, c := range []struct {
		f string
		n int
	}{{"ex", 0}, {"ex", 7}, {"hard", 3}, {"ex", 255}, {"hard", 0}} {
		p := &multiprocessing.Process{Target: c.f, Args: []any{c.n}}
		p.Start()
		p.Join()
		out = append(out, p.ExitCode())
	}
	fmt.Printf("[%v, %v, %v, %v, %v]\n", out...)
}
