package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func main() {
	multiprocessing.Main()
	l := multiprocessing.NewLock()
	fmt.Println(l)
	l.Acquire()
	fmt.Println(l)
	l.Release()
	r := multiprocessing.NewRLock()
	fmt.Println(r)
	r.Acquire()
	r.Acquire()
	fmt.Println(r)
	r.Release()
	r.Release()
	s := multiprocessing.NewSemaphore(2)
	fmt.Println(s)
	s.Acquire()
	fmt.Println(s)
	b := multiprocessing.NewBoundedSemaphore(2)
	fmt.Println(b)
	c := multiprocessing.NewCondition(nil)
	fmt.Println(c)
	fmt.Println(s.GetValue())
}
