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
	var e threading.Event
	show(&e)
	e.Set()
	show(&e)
	e.Clear()
	show(&e)
}
