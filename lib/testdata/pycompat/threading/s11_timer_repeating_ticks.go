package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

var ticks []int
var done threading.Event

func tick(n int) {
	ticks = append(ticks, n)
	if n < 3 {
		threading.NewTimer(10*time.Millisecond, func() { tick(n + 1) }).Start()
	} else {
		done.Set()
	}
}

func main() {
	threading.NewTimer(10*time.Millisecond, func() { tick(1) }).Start()
	ok := done.WaitTimeout(10 * time.Second)
	fmt.Println(pyBool(ok), pyList(ticks))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func pyList(v any) string {
	return strings.ReplaceAll(fmt.Sprint(v), " ", ", ")
}
