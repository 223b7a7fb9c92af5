package main

import (
	"fmt"
	"os"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func pid(int) int {
	return os.Getpid()
}

func main() {
	multiprocessing.Main(pid)
	ex := &futures.ProcessPoolExecutor{MaxWorkers: 2}
	pids, _ := ex.Map(pid, []int{0, 1, 2, 3, 4, 5, 6, 7})
	ex.Shutdown(true, false)
	set := map[int]bool{}
	mine := false
	for _, p := range pids {
		set[p.(int)] = true
		mine = mine || p.(int) == os.Getpid()
	}
	fmt.Println(len(pids), pyBool(mine), pyBool(1 <= len(set) && len(set) <= 2))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
