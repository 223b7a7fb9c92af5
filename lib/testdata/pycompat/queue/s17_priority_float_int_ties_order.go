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
	p := queue.NewPriorityQueue(0)
	for _, it := range []queue.Item{{2, "b"}, {1.0, "x"}, {1, "a"}, {0.5, "z"}} {
		p.Put(it)
	}
	for !p.Empty() {
		it := p.Get().(queue.Item)
		k := fmt.Sprint(it.Priority)
		if f, ok := it.Priority.(float64); ok && f == float64(int(f)) {
			k = fmt.Sprintf("%.1f", f)
		}
		fmt.Println(k, it.Value)
	}
}
