package main

import (
	"fmt"
	"reflect"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	q := queue.New(0)
	lst := &[]int{1, 2}
	items := []any{nil, true, 0, -1.5, "", "héllo", lst, map[string]string{"k": "v"}, [2]any{1, "a"}}
	for _, it := range items {
		q.Put(it)
	}
	var out []any
	for range items {
		out = append(out, q.Get())
	}
	same := true
	for i := range items {
		if i == 7 {
			same = same && reflect.ValueOf(out[i]).Pointer() == reflect.ValueOf(items[i]).Pointer()
			continue
		}
		same = same && out[i] == items[i]
	}
	fmt.Println(pyBool(reflect.DeepEqual(out, items)), pyBool(same), q.Qsize())
	l := out[6].(*[]int)
	*l = append(*l, 3)
	fmt.Println(strings.ReplaceAll(fmt.Sprint(*items[6].(*[]int)), " ", ", "))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
