package main

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/futures"
)

func pb(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 3}
	pending := map[*futures.Future]float64{}
	var notDone []*futures.Future
	for _, d := range []float64{0.15, 0.05, 0.1} {
		f := ex.SubmitFunc(func() { time.Sleep(time.Duration(d * float64(time.Second))) })
		pending[f] = d
		notDone = append(notDone, f)
	}
	var order []string
	rounds := 0
	for len(notDone) > 0 {
		var done []*futures.Future
		done, notDone = futures.WaitTimeout(notDone, 30*time.Second, futures.FirstCompleted)
		rounds++
		var ds []float64
		for _, f := range done {
			ds = append(ds, pending[f])
		}
		sort.Float64s(ds)
		for _, d := range ds {
			order = append(order, fmt.Sprint(d))
		}
	}
	fmt.Println("["+strings.Join(order, ", ")+"]", pb(rounds <= 3), len(notDone))
	ex.Shutdown(true, false)
}
