package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var fired []string
	var done threading.Event
	fire := func(tag string) {
		fired = append(fired, "'"+tag+"'")
		if len(fired) == 2 {
			done.Set()
		}
	}
	a := threading.NewTimer(0, func() { fire("zero") })
	b := threading.NewTimer(-time.Second, func() { fire("negative") })
	fmt.Println(a.Interval.Seconds(), b.Interval.Seconds())
	a.Start()
	a.Join()
	b.Start()
	b.Join()
	fmt.Println(map[bool]string{true: "True", false: "False"}[done.WaitTimeout(30*time.Second)], "["+strings.Join(fired, ", ")+"]")
}
