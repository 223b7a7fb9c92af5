package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func stageOne(out *multiprocessing.Queue) {
	for i := 0; i < 5; i++ {
		out.Put(i)
	}
	out.Put(nil)
}

func stageTwo(inp, out *multiprocessing.Queue) {
	for x := inp.Get(); x != nil; x = inp.Get() {
		out.Put(x.(int) * x.(int))
	}
	out.Put(nil)
}

func main() {
	multiprocessing.Main(stageOne, stageTwo)
	a, b := multiprocessing.NewQueue(), multiprocessing.NewQueue()
	ps := []*multiprocessing.Process{{Target: stageOne, Args: []any{a}}, {Target: stageTwo, Args: []any{a, b}}}
	for _, p := range ps {
		p.Start()
	}
	var got []string
	for {
		x, _ := b.GetTimeout(30 * time.Second)
		if x == nil {
			break
		}
		got = append(got, fmt.Sprint(x))
	}
	var codes []string
	for _, p := range ps {
		p.Join()
		codes = append(codes, fmt.Sprint(p.ExitCode()))
	}
	fmt.Println("["+strings.Join(got, ", ")+"]", "["+strings.Join(codes, ", ")+"]")
}
