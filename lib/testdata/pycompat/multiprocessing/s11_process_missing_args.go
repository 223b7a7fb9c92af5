package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func work(name string, count int) {
	fmt.Println(strings.Repeat(name, count))
}

func main() {
	multiprocessing.Main(work)
	ok := &multiprocessing.Process{Target: work, Args: []any{"ab", 2}}
	ok.Start()
	ok.Join()
	short := &multiprocessing.Process{Target: work, Args: []any{"ab"}}
	short.Start()
	short.Join()
	fmt.Println("started, exitcode", short.ExitCode())
	many := &multiprocessing.Process{Target: work, Args: []any{"ab", 2, 3}}
	many.Start()
	many.Join()
	fmt.Println("exitcode", many.ExitCode())
}
