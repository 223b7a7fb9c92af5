package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func pyFloats(xs []any) string {
	var s []string
	for _, x := range xs {
		s = append(s, fmt.Sprintf("%.1f", x))
	}
	return "[" + strings.Join(s, ", ") + "]"
}

func main() {
	v := multiprocessing.NewValue("i", 5)
	l := v.GetLock()
	fmt.Println(pyBool(l.TryAcquire()), pyBool(l.TryAcquire()), pyBool(l.AcquireTimeout(0*time.Second)))
	for range 3 {
		l.Release()
	}
	func() {
		defer func() {
			if e := recover(); e != nil {
				fmt.Println(e)
			}
		}()
		l.Release()
	}()
	a := multiprocessing.NewArray("d", []float64{1.5, 2.5, 4.0})
	al := a.GetLock()
	al.Acquire()
	al.Acquire()
	a.Set(0, 9)
	al.Release()
	al.Release()
	s := a.Slice()
	sum := 0.0
	for _, x := range s {
		sum += x.(float64)
	}
	fmt.Println(pyFloats(s), pyFloats(s[1:3]), fmt.Sprintf("%.1f", a.Get(a.Len()-1)), a.Len(), fmt.Sprintf("%.1f", sum))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
