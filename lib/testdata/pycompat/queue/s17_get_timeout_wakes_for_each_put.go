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
	q := queue.New(0)
	var got []string
	t := &threading.Thread{Target: func() {
		for range 3 {
			v, _ := q.GetTimeout(30 * time.Second)
			got = append(got, "'"+v.(string)+"'")
		}
	}}
	t.Start()
	for _, x := range []string{"a", "b", "c"} {
		q.Put(x)
	}
	t.Join()
	fmt.Println("["+strings.Join(got, ", ")+"]", pyBool(q.Empty()))
}
