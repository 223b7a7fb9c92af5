package main

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var gate threading.Event
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 3}
	var doneFs []*futures.Future
	for i := 0; i < 3; i++ {
		i := i
		doneFs = append(doneFs, ex.Submit(func() any { return 1 << i }))
	}
	for _, f := range doneFs {
		f.Result()
	}
	blocked := ex.Submit(func() any { return gate.WaitTimeout(30 * time.Second) })
	d, nd := futures.WaitTimeout(append(append([]*futures.Future{}, doneFs...), blocked), 0, futures.AllCompleted)
	fmt.Println("wait(timeout=0):", len(d), len(nd))
	d, nd = futures.WaitTimeout([]*futures.Future{blocked}, 0, futures.FirstCompleted)
	fmt.Println("only blocked:", len(d), len(nd))
	ch, _ := futures.AsCompletedTimeout(doneFs, 0)
	var rs []int
	for f := range ch {
		v, _ := f.Result()
		rs = append(rs, v.(int))
	}
	sort.Ints(rs)
	fmt.Println(strings.ReplaceAll(fmt.Sprint(rs), " ", ", "))
	gate.Set()
	v, _ := blocked.Result()
	fmt.Println(map[bool]string{true: "True", false: "False"}[v.(bool)])
	ex.Shutdown(true, false)
}
