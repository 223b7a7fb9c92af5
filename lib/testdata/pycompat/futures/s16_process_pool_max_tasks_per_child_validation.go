package main

import (
	"fmt"
	"os"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func pid(_ int) int { return os.Getpid() }

func main() {
	multiprocessing.Main(pid)
	for _, c := range []struct {
		label string
		n     int
	}{{"0", -1}, {"-2", -2}} {
		func() {
			defer func() {
				if r := recover(); r != nil {
					fmt.Println(c.label, r)
				}
			}()
			ex := &futures.ProcessPoolExecutor{MaxWorkers: 1, MaxTasksPerChild: c.n}
			ex.Submit(pid, 0)
		}()
	}
	ex := &futures.ProcessPoolExecutor{MaxWorkers: 1, MaxTasksPerChild: 1}
	seen := map[int]bool{}
	mine := false
	for i := 0; i < 3; i++ {
		v, _ := ex.Submit(pid, i).Result()
		seen[v.(int)] = true
		mine = mine || v.(int) == os.Getpid()
	}
	ex.Shutdown(true, false)
	fmt.Println("a new process per task:", len(seen), map[bool]string{true: "True", false: "False"}[!mine])
}
