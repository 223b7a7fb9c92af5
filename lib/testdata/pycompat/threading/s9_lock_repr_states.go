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
	var l threading.Lock
	show(&l)
	l.Acquire()
	show(&l)
	l.Release()
	show(&l)
}
