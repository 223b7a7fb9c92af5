package main

import (
	"fmt"
	"os"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func pid(_ int) int {
	return os.Getpid()
}

func main() {
	multiprocessing.Main(pid)
	py := map[bool]string{true: "True", false: "False"}
	n := multiprocessing.CPUCount()
	fmt.Println(py[n >= 1])
	p := multiprocessing.NewPool(0)
	var xs []any
	for i := 0; i < 4*n; i++ {
		xs = append(xs, i)
	}
	r, _ := p.Map(pid, xs, 1)
	p.Terminate()
	pids := map[int]bool{}
	for _, v := range r {
		pids[v.(int)] = true
	}
	fmt.Println(py[len(pids) >= 1 && len(pids) <= n], py[!pids[os.Getpid()]])
}
