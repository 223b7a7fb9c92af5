package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

var data threading.Local

func task(n any) any {
	if _, ok := data.Lookup("count"); !ok {
		data.Set("count", 0)
	}
	data.Set("count", data.Get("count").(int)+1)
	return data.Get("count")
}

var gate = threading.NewBarrier(2, nil)

func first(n any) any {
	gate.Wait()
	return task(n)
}

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 2}
	rs, _ := ex.Map(first, []any{0, 1})
	var a []int
	for _, r := range rs {
		a = append(a, r.(int))
	}
	sort.Ints(a)
	fmt.Println(strings.ReplaceAll(fmt.Sprint(a), " ", ", "))
	ex.Shutdown(true, false)
	data.Set("count", 100)
	_, ok := data.Lookup("other")
	fmt.Println(data.Get("count"), pyBool(ok))
	t := &threading.Thread{Target: func() {
		_, ok := data.Lookup("count")
		fmt.Println("fresh thread sees count:", pyBool(ok))
	}}
	t.Start()
	t.Join()
	fmt.Println(data.Get("count"))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
