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
	fast := ex.Submit(func() any { return "fast" })
	fast.Result()
	var slow []*futures.Future
	for i := 0; i < 2; i++ {
		slow = append(slow, ex.Submit(func() any { return gate.WaitTimeout(30 * time.Second) }))
	}
	var got []string
	ch, errf := futures.AsCompletedTimeout(append([]*futures.Future{fast}, slow...), 300*time.Millisecond)
	for f := range ch {
		v, _ := f.Result()
		got = append(got, "'"+v.(string)+"'")
	}
	if err := errf(); err != nil {
		fmt.Println(err, "| got", "["+strings.Join(got, ", ")+"]")
	}
	gate.Set()
	var rs []string
	ch, _ = futures.AsCompletedTimeout(slow, 30*time.Second)
	for f := range ch {
		v, _ := f.Result()
		rs = append(rs, fmt.Sprintf("'%s'", map[bool]string{true: "True", false: "False"}[v.(bool)]))
	}
	sort.Strings(rs)
	fmt.Println("[" + strings.Join(rs, ", ") + "]")
	ex.Shutdown(true, false)
}
