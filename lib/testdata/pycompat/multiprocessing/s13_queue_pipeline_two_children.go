package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func produce(out *multiprocessing.Queue) {
	for i := range 5 {
		out.Put(i)
	}
	out.Put(nil)
}

func double(inp, out *multiprocessing.Queue) {
	for {
		x := inp.Get()
		if x == nil {
			out.Put(nil)
			return
		}
		out.Put(x.(int) * 2)
	}
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	multiprocessing.Main(produce, double)
	q1, q2 := multiprocessing.NewQueue(), multiprocessing.NewQueue()
	ps := []*multiprocessing.Process{{Target: produce, Args: []any{q1}}, {Target: double, Args: []any{q1, q2}}}
	for _, p := range ps {
		p.Start()
	}
	var got []string
	for {
		x, _ := q2.GetTimeout(30 * time.Second)
		if x == nil {
			break
		}
		got = append(got, fmt.Sprint(x))
	}
	for _, p := range ps {
		p.Join()
	}
	fmt.Printf("[%s] [%v, %v] %s %s\n", strings.Join(got, ", "), ps[0].ExitCode(), ps[1].ExitCode(), pyBool(q1.Empty()), pyBool(q2.Empty()))
}
