package main

import (
	"fmt"
	"os"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func show(key string) {
	v, ok := os.LookupEnv(key)
	if !ok {
		v = "missing"
	}
	fmt.Println("child:", v)
}

func main() {
	multiprocessing.Main(show)
	os.Setenv("GONOTES_S12_MP", "from parent")
	p := &multiprocessing.Process{Target: show, Args: []any{"GONOTES_S12_MP"}}
	p.Start()
	p.Join()
	os.Unsetenv("GONOTES_S12_MP")
	p = &multiprocessing.Process{Target: show, Args: []any{"GONOTES_S12_MP"}}
	p.Start()
	p.Join()
	fmt.Println(p.ExitCode())
}
