package main

import (
	"fmt"
	"regexp"

	"github.com/gonotes/gonotes/lib/threading"
)

func show(x fmt.Stringer) {
	fmt.Println(regexp.MustCompile(`#\d+`).ReplaceAllString(x.String(), ""))
}

func main() {
	s := threading.NewSemaphore(2)
	show(s)
	s.Acquire()
	show(s)
	b := threading.NewBoundedSemaphore(3)
	b.Acquire()
	b.Acquire()
	show(b)
}
