package main

import (
	"fmt"
	"regexp"

	"github.com/gonotes/gonotes/lib/threading"
)

var r threading.RLock

func show() {
	s := regexp.MustCompile(`#\d+`).ReplaceAllString(r.String(), "")
	fmt.Println(regexp.MustCompile(`owner=\d+`).ReplaceAllString(s, "owner=N"))
}

func main() {
	show()
	r.Acquire()
	show()
	r.Acquire()
	show()
	r.Release()
	r.Release()
	show()
}
