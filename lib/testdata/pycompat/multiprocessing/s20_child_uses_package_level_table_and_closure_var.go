package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

var TABLE = map[string]int{"a": 1, "b": 2}

const OFFSET = 100

func lookup(keys []string, q *multiprocessing.Queue) {
	var out []int
	for _, k := range keys {
		v, ok := TABLE[k]
		if !ok {
			v = -1
		}
		out = append(out, v+OFFSET)
	}
	q.Put(out)
}

func main() {
	multiprocessing.Main(lookup)
	q := multiprocessing.NewQueue()
	p := &multiprocessing.Process{Target: lookup, Args: []any{[]string{"a", "b", "z"}, q}}
	p.Start()
	v, _ := q.GetTimeout(30 * time.Second)
	fmt.Println(strings.ReplaceAll(fmt.Sprint(v), " ", ", "))
	p.Join()
	fmt.Println(p.ExitCode())
}
