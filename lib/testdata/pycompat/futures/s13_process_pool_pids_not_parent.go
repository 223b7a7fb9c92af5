package main

import (
	"fmt"
	"os"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func pidAndPower(base, exp int) []int {
	v := 1
	for range exp {
		v *= base
	}
	return []int{os.Getpid(), v}
}

func main() {
	multiprocessing.Main(pidAndPower)
	ex := &futures.ProcessPoolExecutor{MaxWorkers: 2}
	var fs []*futures.Future
	for e := range 6 {
		fs = append(fs, ex.Submit(pidAndPower, 2, e))
	}
	pids := map[int]bool{}
	var vals []string
	for _, f := range fs {
		r, err := f.Result()
		if err != nil {
			fmt.Println(err)
			continue
		}
		pv := r.([]int)
		pids[pv[0]] = true
		vals = append(vals, fmt.Sprint(pv[1]))
	}
	ex.Shutdown(true, false)
	fmt.Println("[" + strings.Join(vals, ", ") + "]")
	fmt.Println("workers used <= 2:", pyBool(len(pids) <= 2), "parent not among them:", pyBool(!pids[os.Getpid()]))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
