package main

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

var _ = errors.Is
var _ = strings.Cut
var _ = time.Second
var _ threading.Lock

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	gates := make([]threading.Event, 3)
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 3}
	var fs []*futures.Future
	for i := range 3 {
		fs = append(fs, ex.Submit(func() any {
			if gates[i].WaitTimeout(30 * time.Second) {
				return fmt.Sprintf("task%d", i)
			}
			return false
		}))
	}
	var order []string
	ch, _ := futures.AsCompletedTimeout(fs, 60*time.Second)
	for _, i := range []int{2, 0, 1} {
		gates[i].Set()
		f := <-ch
		r, _ := f.Result()
		order = append(order, "'"+r.(string)+"'")
	}
	fmt.Println("[" + strings.Join(order, ", ") + "]")
	ex.Shutdown(true, false)
}
