package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	stack := queue.NewLifoQueue(3)
	var accepted, rejected []int
	for i := 0; i < 6; i++ {
		if err := stack.PutNowait(i); err == queue.ErrFull {
			rejected = append(rejected, i)
		} else {
			accepted = append(accepted, i)
		}
	}
	l := func(xs []int) string { return strings.ReplaceAll(fmt.Sprint(xs), " ", ", ") }
	py := map[bool]string{true: "True", false: "False"}
	fmt.Println(l(accepted), l(rejected), py[stack.Full()])
	var got []int
	for i := 0; i < 3; i++ {
		v, _ := stack.GetNowait()
		got = append(got, v.(int))
	}
	fmt.Println(l(got), py[stack.Empty()])
}
