package main

import (
	"fmt"
	"regexp"

	"github.com/gonotes/gonotes/lib/threading"
)

func show(s fmt.Stringer) {
	fmt.Println(regexp.MustCompile(`#\d+`).ReplaceAllString(s.String(), ""))
}

func main() {
	b := threading.NewBoundedSemaphore(3)
	show(b)
	b.Acquire()
	b.Acquire()
	show(b)
	b.ReleaseN(2)
	show(b)
	s := threading.NewSemaphore(1)
	show(s)
	s.Acquire()
	show(s)
	s.ReleaseN(5)
	show(s)
}
