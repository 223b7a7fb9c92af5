package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/futures"
)

type Resulter interface {
	ResultTimeout(d time.Duration) (any, error)
	Done() bool
}

type Ready struct{ v any }

func (r Ready) ResultTimeout(time.Duration) (any, error) { return r.v, nil }

func (r Ready) Done() bool { return true }

func collect(things []Resulter) string {
	var s []string
	for _, t := range things {
		r, _ := t.ResultTimeout(5 * time.Second)
		s = append(s, fmt.Sprintf("(%s, '%v')", map[bool]string{true: "True", false: "False"}[t.Done()], r))
	}
	return "[" + strings.Join(s, ", ") + "]"
}

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 1}
	f := ex.Submit(func() any { return "pooled" })
	f.Result()
	m := futures.NewFuture()
	m.SetResult("manual")
	fmt.Println(collect([]Resulter{f, m, Ready{"plain"}}))
	ex.Shutdown(true, false)
}
