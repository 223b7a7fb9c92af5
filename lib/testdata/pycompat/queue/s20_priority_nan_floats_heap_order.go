package main

import (
	"fmt"
	"math"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
)

func f(x float64) string {
	switch {
	case math.IsNaN(x):
		return "nan"
	case math.IsInf(x, 1):
		return "inf"
	case math.IsInf(x, -1):
		return "-inf"
	case x == math.Trunc(x):
		return fmt.Sprintf("%.1f", x)
	}
	return fmt.Sprint(x)
}

func main() {
	q := queue.NewPriorityQueue(0)
	for _, x := range []float64{3.0, math.NaN(), 1.0, 2.0, math.NaN(), 0.5} {
		q.Put(x)
	}
	var out []string
	for i := 0; i < 6; i++ {
		out = append(out, f(q.Get().(float64)))
	}
	fmt.Println("[" + strings.Join(out, ", ") + "]")
	q = queue.NewPriorityQueue(0)
	for _, x := range [][]any{{2, math.NaN()}, {2, 1.0}, {1, 5}, {2, 0.5}} {
		q.Put(x)
	}
	out = nil
	for i := 0; i < 4; i++ {
		t := q.Get().([]any)
		second := fmt.Sprint(t[1])
		if v, ok := t[1].(float64); ok {
			second = f(v)
		}
		out = append(out, fmt.Sprintf("(%v, %s)", t[0], second))
	}
	fmt.Println("[" + strings.Join(out, ", ") + "]")
	q = queue.NewPriorityQueue(0)
	for _, x := range []float64{math.Inf(1), math.NaN(), math.Inf(-1), 0.0} {
		q.Put(x)
	}
	out = nil
	for i := 0; i < 4; i++ {
		out = append(out, f(q.Get().(float64)))
	}
	fmt.Println("[" + strings.Join(out, ", ") + "]")
}
