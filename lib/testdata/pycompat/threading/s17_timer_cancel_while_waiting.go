package main

import (
	"errors"
	"fmt"
	"sort"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

var _ = errors.Is
var _ = sort.Ints
var _ = time.Second

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	var fired []string
	t := threading.NewTimer(30*time.Second, func() { fired = append(fired, "late") })
	t.Start()
	fmt.Println(pyBool(t.IsAlive()))
	t.Cancel()
	t.JoinTimeout(30 * time.Second)
	fmt.Println(pyBool(t.IsAlive()), fmt.Sprint(len(fired))[:0]+"[]")
	t.Cancel()
	fmt.Println("cancel twice ok")
}
