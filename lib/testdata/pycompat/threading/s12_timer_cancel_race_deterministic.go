package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var fired []string
	show := func() string {
		var q []string
		for _, f := range fired {
			q = append(q, "'"+f+"'")
		}
		return "[" + strings.Join(q, ", ") + "]"
	}
	t1 := threading.NewTimer(50*time.Millisecond, func() { fired = append(fired, "t1") })
	t2 := threading.NewTimer(60*time.Second, func() { fired = append(fired, "t2") })
	t1.Start()
	t2.Start()
	t2.Cancel()
	t1.Join()
	t2.Join()
	fmt.Println(show(), pyBool(t1.IsAlive()), pyBool(t2.IsAlive()))
	t1.Cancel()
	fmt.Println(show())
	t3 := threading.NewTimer(60*time.Second, func() { fired = append(fired, "t3") })
	t3.Cancel()
	t3.Start()
	t3.Join()
	fmt.Println(show(), pyBool(t3.IsAlive()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
