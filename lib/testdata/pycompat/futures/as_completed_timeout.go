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
	slow1 := ex.Submit(func() any { gate.Wait(); return true })
	slow2 := ex.Submit(func() any { gate.Wait(); return true })
	fs := []*futures.Future{fast, slow1, slow2}
	var got []string
	ch, errf := futures.AsCompletedTimeout(fs, 50*time.Millisecond)
	for f := range ch {
		r, _ := f.Result()
		got = append(got, fmt.Sprintf("'%v'", r))
	}
	if err := errf(); err != nil {
		fmt.Println(err)
	}
	fmt.Printf("[%s]\n", strings.Join(got, ", "))
	gate.Set()
	var all []string
	ch, _ = futures.AsCompletedTimeout(fs, 10*time.Second)
	for f := range ch {
		r, _ := f.Result()
		s := fmt.Sprint(r)
		if r == true {
			s = "True"
		}
		all = append(all, "'"+s+"'")
	}
	sort.Strings(all)
	fmt.Printf("[%s]\n", strings.Join(all, ", "))
	ex.Shutdown(true, false)
}
