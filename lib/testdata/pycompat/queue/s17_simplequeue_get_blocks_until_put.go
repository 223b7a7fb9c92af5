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
	q := queue.NewSimpleQueue()
	t := threading.NewTimer(50*time.Millisecond, func() { q.Put(42) })
	t.Start()
	v, _ := q.GetTimeout(30 * time.Second)
	fmt.Println(v, pyBool(q.Empty()))
	t.Join()
	t = threading.NewTimer(50*time.Millisecond, func() { q.Put("later") })
	t.Start()
	fmt.Println(q.Get())
	t.Join()
}
