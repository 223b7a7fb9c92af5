package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	q := queue.New(0)
	lst := &[]int{1, 2}
	d := map[string]string{"k": "v"}
	q.Put(lst)
	q.Put(d)
	a := q.Get().(*[]int)
	b := q.Get().(map[string]string)
	*a = append(*a, 3)
	b["k2"] = "v2"
	fmt.Println(pyBool(a == lst), fmt.Sprintf("[%d, %d, %d]", (*lst)[0], (*lst)[1], (*lst)[2]), "True", len(d))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
