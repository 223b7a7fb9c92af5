package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func boom(n int) {
	panic(fmt.Sprintf("ValueError: child failed %d", n))
}

func main() {
	multiprocessing.Main(boom)
	p := &multiprocessing.Process{Target: boom, Args: []any{5}, Name: "failing"}
	p.Start()
	p.Join()
	fmt.Println(p.ExitCode())
}
