package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func bump(cond *multiprocessing.Condition, v *multiprocessing.Value) {
	cond.Acquire()
	v.Set(v.Get().(int) + 1)
	cond.NotifyAll()
	cond.Release()
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	multiprocessing.Main(bump)
	cond := multiprocessing.NewCondition(nil)
	v := multiprocessing.NewValue("i", 0)
	calls := 0
	never := func() bool {
		calls++
		return false
	}
	cond.Acquire()
	for _, t := range []struct {
		text string
		d    time.Duration
	}{{"0", 0}, {"-1", -time.Second}, {"0.05", 50 * time.Millisecond}} {
		calls = 0
		r := cond.WaitForTimeout(never, t.d)
		fmt.Println("timeout", t.text, "->", pyBool(r), "predicate calls", calls)
	}
	cond.Release()
	var ps []*multiprocessing.Process
	for range 3 {
		ps = append(ps, &multiprocessing.Process{Target: bump, Args: []any{cond, v}})
	}
	for _, p := range ps {
		p.Start()
	}
	cond.Acquire()
	r := cond.WaitForTimeout(func() bool { return v.Get().(int) == 3 }, 30*time.Second)
	fmt.Println("all three:", pyBool(r), v.Get())
	cond.Release()
	for _, p := range ps {
		p.Join()
	}
	fmt.Printf("[%v, %v, %v]\n", ps[0].ExitCode(), ps[1].ExitCode(), ps[2].ExitCode())
}
