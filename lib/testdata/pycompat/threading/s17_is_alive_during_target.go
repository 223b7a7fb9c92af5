package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

var _ = errors.Is
var _ = sort.Ints
var _ = strings.Cut
var _ = time.Second

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	var inside, release threading.Event
	var seen []string
	t := &threading.Thread{Target: func() {
		seen = append(seen, pyBool(threading.CurrentThread().IsAlive()))
		inside.Set()
		release.WaitTimeout(30 * time.Second)
	}}
	fmt.Println(pyBool(t.IsAlive()))
	t.Start()
	inside.WaitTimeout(30 * time.Second)
	fmt.Println(pyBool(t.IsAlive()), "["+seen[0]+"]")
	release.Set()
	t.Join()
	fmt.Println(pyBool(t.IsAlive()))
}
