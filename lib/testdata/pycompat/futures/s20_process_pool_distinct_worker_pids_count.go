package main

import (
	"fmt"
	"os"
	"time"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func pidAfter(delay float64) int {
	time.Sleep(time.Duration(delay * float64(time.Second)))
	return os.Getpid()
}

func pb(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	multiprocessing.Main(pidAfter)
	ex := &futures.ProcessPoolExecutor{MaxWorkers: 2}
	pids, _ := ex.Map(pidAfter, []float64{0.2, 0.2, 0.01, 0.01})
	set := map[int]bool{}
	mine := false
	for _, p := range pids {
		set[p.(int)] = true
		mine = mine || p.(int) == os.Getpid()
	}
	fmt.Println(pb(len(set) <= 2), pb(!mine), len(pids))
	r, _ := ex.Submit(pidAfter, 0.0).Result()
	fmt.Println(pb(set[r.(int)]))
	ex.Shutdown(true, false)
}
