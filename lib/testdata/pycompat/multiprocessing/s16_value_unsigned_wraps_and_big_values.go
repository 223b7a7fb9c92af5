package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func addOne(v *multiprocessing.Value) {
	switch x := v.Get().(type) {
	case int:
		v.Set(x + 1)
	case uint64:
		v.Set(x + 1)
	}
}

func main() {
	multiprocessing.Main(addOne)
	for _, c := range []struct {
		tc string
		x  any
	}{{"L", -1}, {"Q", uint64(1) << 63}, {"I", -1}, {"B", 256 + 7}, {"H", -2}, {"q", 1<<63 - 1}} {
		v := multiprocessing.NewValue(c.tc, c.x)
		fmt.Println(c.tc, v.Get(), v)
	}
	v := multiprocessing.NewValue("Q", ^uint64(0)-1)
	p := &multiprocessing.Process{Target: addOne, Args: []any{v}}
	p.Start()
	p.Join()
	fmt.Println("child added one:", v.Get())
	a := multiprocessing.NewArray("L", []uint64{0, ^uint64(0)})
	fmt.Println(strings.ReplaceAll(fmt.Sprint(a.Slice()), " ", ", "))
}
