package main

import (
	"fmt"
	"os"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func whoami(_ int) int {
	return os.Getpid()
}

func main() {
	multiprocessing.Main(whoami)
	ex := &futures.ProcessPoolExecutor{MaxWorkers: 2}
	r, _ := ex.Map(whoami, []any{0, 1, 2, 3, 4, 5, 6, 7})
	ex.Shutdown(true, false)
	pids := map[int]bool{}
	for _, p := range r {
		pids[p.(int)] = true
	}
	py := map[bool]string{true: "True", false: "False"}
	fmt.Println(py[!pids[os.Getpid()]], py[len(pids) >= 1 && len(pids) <= 2])
}
