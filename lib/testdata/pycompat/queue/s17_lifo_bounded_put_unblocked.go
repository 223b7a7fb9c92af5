package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

var _ = errors.Is
var _ = sort.Ints
var _ = strings.Cut
var _ = time.Second
var _ threading.Lock

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	q := queue.NewLifoQueue(1)
	q.Put("old")
	t := &threading.Thread{Target: func() { q.Put("new") }}
	t.Start()
	t.JoinTimeout(50 * time.Millisecond)
	fmt.Println(pyBool(t.IsAlive()))
	fmt.Println(q.Get())
	t.Join()
	v := q.Get()
	fmt.Println(v, pyBool(q.Empty()))
}
