package main

import (
	"fmt"
	"regexp"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func show(x any) {
	fmt.Println(regexp.MustCompile(`\d{3,}`).ReplaceAllString(fmt.Sprint(x), "N"))
}

func main() {
	multiprocessing.Main()
	l := multiprocessing.NewLock()
	show(l)
	l.Acquire()
	show(l)
	l.Release()
	s := multiprocessing.NewSemaphore(3)
	show(s)
	s.Acquire()
	show(s)
	b := multiprocessing.NewBoundedSemaphore(2)
	show(b)
}
