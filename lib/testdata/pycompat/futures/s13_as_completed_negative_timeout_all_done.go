package main

import (
	"errors"
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/futures"
)

func main() {
	f, g := futures.NewFuture(), futures.NewFuture()
	f.SetResult(1)
	g.SetException(errors.New("KeyError: 'k'"))
	var got []bool
	ch, errf := futures.AsCompletedTimeout([]*futures.Future{f, g, f}, -time.Second)
	for fut := range ch {
		got = append(got, fut.Exception() == nil)
	}
	if err := errf(); err != nil {
		fmt.Println(err)
	}
	falses, trues := 0, 0
	for _, b := range got {
		if b {
			trues++
		} else {
			falses++
		}
	}
	s := "["
	for i := 0; i < falses+trues; i++ {
		if i > 0 {
			s += ", "
		}
		if i < falses {
			s += "False"
		} else {
			s += "True"
		}
	}
	fmt.Println(s + "]")
	h := futures.NewFuture()
	ch, errf = futures.AsCompletedTimeout([]*futures.Future{f, h}, -time.Second)
	for fut := range ch {
		r, _ := fut.Result()
		fmt.Println("yielded done:", r)
	}
	if err := errf(); err != nil {
		fmt.Println(err)
	}
}
