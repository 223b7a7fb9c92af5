package main

import (
	"fmt"
	"os"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func pid(_ int) int { return os.Getpid() }

func main() {
	multiprocessing.Main(pid)
	p := &multiprocessing.Pool{Processes: 1, MaxTasksPerChild: 1}
	set := map[int]bool{}
	for i := range 3 {
		v, _ := p.Apply(pid, i)
		set[v.(int)] = true
	}
	p.Terminate()
	fmt.Println(len(set), map[bool]string{true: "True", false: "False"}[!set[os.Getpid()]])
}
