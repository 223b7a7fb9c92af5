package main

import (
	"fmt"
	"regexp"

	"github.com/gonotes/gonotes/lib/threading"
)

func show(x fmt.Stringer) {
	s := regexp.MustCompile(`#\d+`).ReplaceAllString(x.String(), "")
	fmt.Println(regexp.MustCompile(`owner=\d+`).ReplaceAllString(s, "owner=N"))
}

func main() {
	c := threading.NewCondition(nil)
	show(c)
	c.Acquire()
	show(c)
	c.Release()
	var l threading.Lock
	d := threading.NewCondition(&l)
	show(d)
	l.Acquire()
	show(d)
	l.Release()
}
