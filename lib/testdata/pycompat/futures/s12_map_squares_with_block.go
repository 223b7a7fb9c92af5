package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
)

func square(n any) any { return n.(int) * n.(int) }

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 4}
	var items []any
	for i := range 10 {
		items = append(items, i)
	}
	rs, _ := ex.Map(square, items)
	ex.Shutdown(true, false)
	sum := 0
	for _, r := range rs {
		sum += r.(int)
	}
	fmt.Println(strings.ReplaceAll(fmt.Sprint(rs), " ", ", "), sum)
	ex2 := &futures.ThreadPoolExecutor{}
	up, _ := ex2.Map(func(s any) any { return "'" + strings.ToUpper(s.(string)) + "'" }, []any{"a", "b"})
	none, _ := ex2.Map(square, nil)
	ex2.Shutdown(true, false)
	fmt.Println(strings.ReplaceAll(fmt.Sprint(up), " ", ", "), fmt.Sprint(none))
}
