package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	gates := make([]threading.Event, 4)
	job := func(x any) any {
		i := x.(int)
		gates[i].WaitTimeout(30 * time.Second)
		return i * 11
	}
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 5}
	ex.SubmitFunc(func() {
		for _, i := range []int{3, 2, 1, 0} {
			gates[i].Set()
		}
	})
	results, _ := ex.Map(job, []any{0, 1, 2, 3})
	fmt.Println(strings.ReplaceAll(fmt.Sprint(results), " ", ", "))
	ex.Shutdown(true, false)
}
