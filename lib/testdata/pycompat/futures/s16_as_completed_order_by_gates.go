package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	gates := make([]threading.Event, 3)
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 3}
	var fs []*futures.Future
	for i := 0; i < 3; i++ {
		i := i
		fs = append(fs, ex.Submit(func() any {
			gates[i].WaitTimeout(30 * time.Second)
			return i
		}))
	}
	var order []string
	it := futures.AsCompleted(fs)
	for _, i := range []int{2, 0, 1} {
		gates[i].Set()
		v, _ := (<-it).Result()
		order = append(order, fmt.Sprint(v))
	}
	ex.Shutdown(true, false)
	fmt.Println("completion order follows the gates:", "["+strings.Join(order, ", ")+"]")
}
