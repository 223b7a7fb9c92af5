package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func pb(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func bump(v *multiprocessing.Value, a *multiprocessing.Array) {
	v.GetLock().Acquire()
	v.Set(v.Get().(float64) + 10)
	v.GetLock().Release()
	a.GetLock().Acquire()
	for i := 0; i < a.Len(); i++ {
		a.Set(i, a.Get(i).(int)*2)
	}
	a.GetLock().Release()
}

func list(a *multiprocessing.Array) string {
	var s []string
	for _, x := range a.Slice() {
		s = append(s, fmt.Sprint(x))
	}
	return "[" + strings.Join(s, ", ") + "]"
}

func main() {
	multiprocessing.Main(bump)
	v := multiprocessing.NewValue("d", 1.5)
	a := multiprocessing.NewArray("i", []int{1, 2, 3})
	fmt.Println(v.Get(), list(a), a.Len())
	p := &multiprocessing.Process{Target: bump, Args: []any{v, a}}
	p.Start()
	p.Join()
	fmt.Printf("%.1f %s %v %v\n", v.Get(), list(a), a.Get(-1), p.ExitCode())
	v.Set(-0.25)
	a.Set(0, -7)
	fmt.Println(v.Get(), list(a))
	l := a.GetLock()
	fmt.Println(pb(v.GetLock() == v.GetLock()), pb(l.AcquireTimeout(time.Second)), pb(l.TryAcquire()))
	l.Release()
	l.Release()
}
